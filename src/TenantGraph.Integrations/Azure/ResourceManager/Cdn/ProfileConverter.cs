using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Cdn;

/// <summary>azure-spec §5.8 <c>azure_cdn_profile</c>.</summary>
internal static class ProfileConverter
{
    private static readonly EntityMap<Profile> Map = new(CdnTypes.Profile)
    {
        Key = p => p.Id,
        Properties =
        {
            ["id"] = p => p.Id,
            ["name"] = p => p.Name,
            ["displayName"] = p => p.Name,
            ["type"] = p => p.Type,
            ["kind"] = p => p.Kind,
            ["region"] = p => p.Location,
            ["resourceGroup"] = p => ResourceId.Parse(p.Id).ResourceGroupName,
            ["category"] = _ => new[] { "infrastructure" },
            ["function"] = _ => new[] { "content-distribution" },
            ["sku"] = p => p.Sku?.Name,
            ["resourceState"] = p => p.Properties?.ResourceState,
            ["provisioningState"] = p => p.Properties?.ProvisioningState,
        },
    };

    public static Entity ToEntity(ApiObject<Profile> profile, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(profile), links, profile.Value.Tags);
}
