using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Microsoft365.Intune.Applications;

/// <summary>
/// An app Intune detected on devices (spec A5.11): one entity per distinct name across devices, the first version seen on
/// the entity, each device's version on its INSTALLED edge. No raw data.
/// </summary>
internal static class DetectedApplicationConverter
{
    public const string KeyPrefix = "IntuneDetected:";

    private static readonly EntityMap<DetectedApp> Map = new(IntuneTypes.DetectedApplication)
    {
        Key = KeyFor,
        KeepRawData = false,
        CopySourceProperties = false,
        Properties =
        {
            ["name"] = a => NameOf(a),
            ["displayName"] = a => string.IsNullOrEmpty(a.DisplayName) ? a.Id : a.DisplayName,
            ["version"] = a => a.Version,
            ["sizeInByte"] = a => a.SizeInByte,
        },
    };

    /// <summary>
    /// The prefix keeps keys at least 10 characters. Upstream meant nameless apps to fall back to their detection id, but
    /// operator precedence made every one of them <c>IntuneDetected:undefined</c> (spec A5.11, A10.5); here they do fall back.
    /// </summary>
    public static string KeyFor(DetectedApp app) => KeyPrefix + NameOf(app);

    public static Entity ToEntity(DetectedApp app) => EntityNulls.DropRefused(Map.Build(new ApiObject<DetectedApp>(app, default)));

    public static Relationship ToDeviceRelationship(string deviceKey, string deviceType, string appKey, DetectedApp app) =>
        IntuneTypes.DeviceInstalledDetectedApplication[deviceType].CreateWithKey(deviceKey, appKey,
            $"{deviceKey}|installed|{appKey}|{app.Id}",
            new PropertyBag
            {
                ["version"] = string.IsNullOrEmpty(app.Version) ? "unversioned" : app.Version,
                ["detectionId"] = app.Id,
            });

    private static string NameOf(DetectedApp app) =>
        string.IsNullOrEmpty(app.DisplayName) ? app.Id.ToLowerInvariant() : app.DisplayName.ToLowerInvariant();
}
