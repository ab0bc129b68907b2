using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.ServiceBus;

/// <summary>azure-spec §5.8 <c>azure_service_bus_namespace</c>.</summary>
internal static class NamespaceConverter
{
    private static readonly EntityMap<Namespace> Map = new(ServiceBusTypes.Namespace)
    {
        Key = n => n.Id,
        Properties =
        {
            ["id"] = n => n.Id,
            ["name"] = n => n.Name,
            ["displayName"] = n => n.Name,
            ["type"] = n => n.Type,
            ["region"] = n => n.Location,
            ["resourceGroup"] = n => ResourceId.Parse(n.Id).ResourceGroupName,
            ["category"] = _ => new[] { "infrastructure" },
            ["function"] = _ => new[] { "event-delivery" },
            ["sku"] = n => n.Sku?.Name,
            ["status"] = n => n.Properties?.Status,
            ["provisioningState"] = n => n.Properties?.ProvisioningState,
            ["serviceBusEndpoint"] = n => n.Properties?.ServiceBusEndpoint,
            ["endpoints"] = n => n.Properties?.ServiceBusEndpoint is { } endpoint ? new[] { endpoint } : null,
            ["minimumTlsVersion"] = n => n.Properties?.MinimumTlsVersion,
            ["publicNetworkAccess"] = n => n.Properties?.PublicNetworkAccess,
            ["disableLocalAuth"] = n => n.Properties?.DisableLocalAuth,
            ["zoneRedundant"] = n => n.Properties?.ZoneRedundant,
            ["encryption.keySource"] = n => n.Properties?.Encryption?.KeySource,
            ["createdOn"] = n => PropertyValues.ParseTime(n.Properties?.CreatedAt),
            ["updatedOn"] = n => PropertyValues.ParseTime(n.Properties?.UpdatedAt),
        },
    };

    public static Entity ToEntity(ApiObject<Namespace> serviceBusNamespace, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(serviceBusNamespace), links, serviceBusNamespace.Value.Tags);
}
