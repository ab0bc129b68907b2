using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Monitor;

internal sealed class MonitorClient(StepContext context)
{
    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<LogProfile>> ListLogProfilesAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/microsoft.insights/logprofiles", "2016-03-01",
                "Microsoft.Insights/LogProfiles/read"),
            AzureMonitorJsonContext.Default.LogProfile, cancellationToken);
}
