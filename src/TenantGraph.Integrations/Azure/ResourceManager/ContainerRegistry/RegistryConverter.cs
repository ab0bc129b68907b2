using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.ContainerRegistry;

/// <summary>azure-spec §5.8 <c>azure_container_registry</c>: <c>encrypted</c> is customer-managed-key encryption being on.</summary>
internal static class RegistryConverter
{
    private static readonly EntityMap<Registry> Map = new(ContainerRegistryTypes.Registry)
    {
        Key = r => r.Id,
        Properties =
        {
            ["id"] = r => r.Id,
            ["name"] = r => r.Name,
            ["displayName"] = r => r.Name,
            ["type"] = r => r.Type,
            ["region"] = r => r.Location,
            ["location"] = r => r.Location,
            ["resourceGroup"] = r => ResourceId.Parse(r.Id).ResourceGroupName,
            ["sku"] = r => r.Sku?.Name,
            ["loginServer"] = r => r.Properties?.LoginServer,
            ["provisioningState"] = r => r.Properties?.ProvisioningState,
            ["adminUserEnabled"] = r => r.Properties?.AdminUserEnabled,
            ["publicNetworkAccess"] = r => r.Properties?.PublicNetworkAccess,
            ["public"] = r => r.Properties?.PublicNetworkAccess is { } access
                ? access.Equals("Enabled", StringComparison.OrdinalIgnoreCase) && r.Properties.NetworkRuleSet?.DefaultAction is not "Deny"
                : (bool?)null,
            ["networkRuleSet.defaultAction"] = r => r.Properties?.NetworkRuleSet?.DefaultAction,
            ["networkRuleBypassOptions"] = r => r.Properties?.NetworkRuleBypassOptions,
            ["anonymousPullEnabled"] = r => r.Properties?.AnonymousPullEnabled,
            ["dataEndpointEnabled"] = r => r.Properties?.DataEndpointEnabled,
            ["zoneRedundancy"] = r => r.Properties?.ZoneRedundancy,
            ["createdOn"] = r => PropertyValues.ParseTime(r.Properties?.CreationDate),
            ["classification"] = _ => null,
            ["encrypted"] = r => r.Properties?.Encryption?.Status is { } status
                ? status.Equals("enabled", StringComparison.OrdinalIgnoreCase)
                : (bool?)null,
        },
    };

    public static Entity ToEntity(ApiObject<Registry> registry, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(registry), links, registry.Value.Tags);
}
