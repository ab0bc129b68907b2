using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Storage;

namespace TenantGraph.Integrations.Azure.ResourceManager.Monitor;

internal static class MonitorTypes
{
    public static readonly EntityMetadata LogProfile = new("[RM] Monitor Log Profile", "azure_monitor_log_profile", ["Configuration"]);

    public static readonly RelationshipMetadata SubscriptionHasLogProfile =
        RelationshipMetadata.Direct(ResourcesTypes.Subscription, RelationshipClass.Has, LogProfile);

    public static readonly RelationshipMetadata LogProfileUsesStorageAccount =
        RelationshipMetadata.Direct(LogProfile, RelationshipClass.Uses, StorageTypes.Account);
}
