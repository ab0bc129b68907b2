using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Resources;

internal static class ResourceGroupConverter
{
    private static readonly EntityMap<ResourceGroup> Map = new(ResourcesTypes.ResourceGroup)
    {
        Key = g => g.Id,
        Properties =
        {
            ["id"] = g => g.Id,
            ["name"] = g => g.Name,
            ["displayName"] = g => g.Name,
            ["type"] = g => g.Type,
            ["location"] = g => g.Location,
            ["managedBy"] = g => g.ManagedBy,
            ["provisioningState"] = g => g.Properties?.ProvisioningState,
        },
    };

    public static Entity ToEntity(ApiObject<ResourceGroup> group, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(group), links, group.Value.Tags);
}
