using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Microsoft365.Intune.Applications;

/// <summary>The managed-applications step (spec A3.2): apps, then their install states fanned out through <c>$batch</c>.</summary>
internal static class ApplicationHandlers
{
    public static async Task FetchManagedApplicationsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.Get<IntuneClient>();
        var state = context.JobState;
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var app in client.ListManagedAppsAsync(cancellationToken))
        {
            if (versions.ContainsKey(app.Value.Id))
            {
                continue;
            }

            state.AddEntity(ManagedApplicationConverter.ToEntity(app));
            versions[app.Value.Id] = ManagedApplicationConverter.VersionOf(app.Value);
        }

        long notInRun = 0;
        long duplicates = 0;
        await foreach (var (appId, status) in client.ListAppInstallStatusesAsync(versions.Keys, cancellationToken))
        {
            if (status.Value.DeviceId is not { Length: > 0 } deviceId || state.FindEntity(deviceId) is not { } device
                || !IntuneTypes.DeviceAssignedManagedApplication.ContainsKey(device.Type))
            {
                notInRun++;
                continue;
            }

            var app = state.FindEntity(appId);
            if (app is null)
            {
                continue;
            }

            var relationship = ManagedApplicationConverter.ToDeviceRelationship(device, app, status.Value, versions[appId]);
            if (state.HasKey(relationship.Key))
            {
                duplicates++;
                continue;
            }

            state.AddRelationship(relationship);
        }

        if (notInRun > 0)
        {
            Microsoft365Log.InstallStatusesSkipped(context.Logger, context.StepId, notInRun);
        }

        if (duplicates > 0)
        {
            Microsoft365Log.DuplicatesSkipped(context.Logger, context.StepId, duplicates, "install states");
        }
    }
}
