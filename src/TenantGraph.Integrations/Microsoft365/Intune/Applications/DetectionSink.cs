using Microsoft.Extensions.Logging;
using TenantGraph.Core.JobStates;

namespace TenantGraph.Integrations.Microsoft365.Intune.Applications;

/// <summary>
/// Adds detections to the job state the same way whichever path read them: the app entity once per name, an INSTALLED
/// edge per device and detection, duplicates and devices outside the run counted for one summary line each.
/// </summary>
internal sealed class DetectionSink(StepJobState state, IReadOnlyDictionary<string, string> deviceTypes)
{
    private long _duplicates;
    private long _notInRun;

    /// <summary>Device keys (Intune ids) to their <c>_type</c>: keys and types only, since a 50,000-device tenant must not
    /// hold every device entity in memory.</summary>
    public static Dictionary<string, string> DeviceTypes(StepJobState state)
    {
        var devices = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in IntuneTypes.Devices)
        {
            foreach (var device in state.IterateEntities(type.Type))
            {
                devices[device.Key] = device.Type;
            }
        }

        return devices;
    }

    public IReadOnlyCollection<string> DeviceIds => [.. deviceTypes.Keys];

    public void Add(string deviceId, DetectedApp app)
    {
        if (!deviceTypes.TryGetValue(deviceId, out var deviceType))
        {
            _notInRun++;
            return;
        }

        var appKey = DetectedApplicationConverter.KeyFor(app);
        if (!state.HasKey(appKey))
        {
            state.AddEntity(DetectedApplicationConverter.ToEntity(app));
        }

        var relationship = DetectedApplicationConverter.ToDeviceRelationship(deviceId, deviceType, appKey, app);
        if (state.HasKey(relationship.Key))
        {
            _duplicates++;
            return;
        }

        state.AddRelationship(relationship);
    }

    public void Report(ILogger logger, string stepId)
    {
        if (_duplicates > 0)
        {
            Microsoft365Log.DuplicatesSkipped(logger, stepId, _duplicates, "detections");
        }

        if (_notInRun > 0)
        {
            Microsoft365Log.DetectionsSkipped(logger, stepId, _notInRun);
        }
    }
}
