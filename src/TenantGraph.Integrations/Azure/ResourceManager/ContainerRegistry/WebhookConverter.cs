using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.ContainerRegistry;

/// <summary>
/// azure-spec §5.8 <c>azure_container_registry_webhook</c>. The webhook's target URI is only returned by a
/// separate POST (<c>getCallbackConfig</c>), which a reader does not make, so <c>address</c> carries the
/// reference's literal placeholder.
/// </summary>
internal static class WebhookConverter
{
    public const string AddressNotReturned = "NOT_RETURNED_FROM_AZURE_API";

    private static readonly EntityMap<Webhook> Map = new(ContainerRegistryTypes.Webhook)
    {
        Key = w => w.Id,
        Properties =
        {
            ["id"] = w => w.Id,
            ["name"] = w => w.Name,
            ["displayName"] = w => w.Name,
            ["type"] = w => w.Type,
            ["region"] = w => w.Location,
            ["resourceGroup"] = w => ResourceId.Parse(w.Id).ResourceGroupName,
            ["address"] = _ => AddressNotReturned,
            ["status"] = w => w.Properties?.Status,
            ["scope"] = w => w.Properties?.Scope,
            ["actions"] = w => w.Properties?.Actions?.ToArray(),
            ["provisioningState"] = w => w.Properties?.ProvisioningState,
        },
    };

    public static Entity ToEntity(ApiObject<Webhook> webhook, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(webhook), links, webhook.Value.Tags);
}
