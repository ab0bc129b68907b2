using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;
using TenantGraph.Integrations.Azure.ResourceManager.Storage;

namespace TenantGraph.Integrations.Azure.ResourceManager.Monitor;

/// <summary>Activity log profiles. (Diagnostic settings are shared by every family: see <c>Shared/Diagnostics</c>.)</summary>
internal static class MonitorSteps
{
    public const string RmMonitorLogProfiles = "rm-monitor-log-profiles";

    public static readonly StepDefinition LogProfiles = new(
        Id: RmMonitorLogProfiles, Name: "Monitor Log Profiles",
        Entities: [MonitorTypes.LogProfile],
        Relationships: [MonitorTypes.SubscriptionHasLogProfile, MonitorTypes.LogProfileUsesStorageAccount],
        DependsOn: [ResourcesSteps.RmSubscriptions, StorageSteps.RmStorageResources],
        Permissions: ["Microsoft.Insights/LogProfiles/read"],
        Handler: FetchLogProfilesAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [LogProfiles];

    private static async Task FetchLogProfilesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var client = new MonitorClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var profile in client.ListLogProfilesAsync(subscriptionId, ct))
            {
                var entity = LogProfileConverter.ToEntity(profile, links);
                AzureEntities.Add(context, entity);
                context.JobState.AddRelationship(MonitorTypes.SubscriptionHasLogProfile.Create(ResourcesTypes.SubscriptionKey(subscriptionId), entity.Key));
                if (profile.Value.Properties?.StorageAccountId is { Length: > 0 } accountId)
                {
                    ReferenceEdges.To(context, MonitorTypes.LogProfileUsesStorageAccount, entity.Key, accountId, $"log profile {entity.Key}");
                }
            }
        }, cancellationToken);
    }
}
