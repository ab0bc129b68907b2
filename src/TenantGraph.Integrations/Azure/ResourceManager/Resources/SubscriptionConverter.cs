using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Resources;

internal static class SubscriptionConverter
{
    private static readonly EntityMap<Subscription> Map = new(ResourcesTypes.Subscription)
    {
        Key = s => ResourcesTypes.SubscriptionKey(s.SubscriptionId),
        Properties =
        {
            ["id"] = s => s.Id,
            ["subscriptionId"] = s => s.SubscriptionId,
            ["name"] = s => s.DisplayName,
            ["displayName"] = s => s.DisplayName ?? s.SubscriptionId,
            ["state"] = s => s.State,
            ["authorizationSource"] = s => s.AuthorizationSource,
            ["offerName"] = s => s.SubscriptionPolicies?.QuotaId,
            ["tenantId"] = s => s.TenantId,
            ["vendor"] = _ => "Microsoft",
        },
    };

    public static Entity ToEntity(ApiObject<Subscription> subscription, PortalLinks links)
    {
        var entity = Map.Build(subscription);
        entity.Properties.Set("webLink", links.For(subscription.Value.Id));
        // The subscription's own display name wins over a Name tag (the reference assigns it explicitly).
        AzureTags.Apply(entity.Properties, subscription.Value.Tags, keepDisplayName: true);
        return entity;
    }
}
