using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.Resources;

internal static class ResourcesTypes
{
    public static readonly EntityMetadata Subscription = new("[RM] Subscription", "azure_subscription", ["Account"]);
    public static readonly EntityMetadata ResourceGroup = new("[RM] Resource Group", "azure_resource_group", ["Group"]);

    public static readonly RelationshipMetadata SubscriptionHasResourceGroup =
        RelationshipMetadata.Direct(Subscription, RelationshipClass.Has, ResourceGroup);

    /// <summary>The key of a subscription entity: its ARM id, <c>/subscriptions/{subscriptionId}</c>.</summary>
    public static string SubscriptionKey(string subscriptionId) => $"/subscriptions/{subscriptionId}";
}
