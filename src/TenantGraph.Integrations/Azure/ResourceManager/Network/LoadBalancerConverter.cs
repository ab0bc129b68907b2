using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Network;

/// <summary>azure-spec §5.4 <c>azure_lb</c>; public addresses resolved from the public IPs already read.</summary>
internal static class LoadBalancerConverter
{
    private sealed record Input(LoadBalancer Lb, IReadOnlyList<string> PublicIps);

    private static readonly EntityMap<Input> Map = new(NetworkTypes.LoadBalancer)
    {
        Key = i => i.Lb.Id,
        Properties =
        {
            ["category"] = _ => new[] { "network" },
            ["function"] = _ => new[] { "load-balancing" },
            ["resourceGuid"] = i => i.Lb.Properties?.ResourceGuid,
            ["resourceGroup"] = i => ResourceId.Parse(i.Lb.Id).ResourceGroupName,
            ["displayName"] = i => i.Lb.Name,
            ["type"] = i => i.Lb.Type,
            ["region"] = i => i.Lb.Location,
            ["sku"] = i => i.Lb.Sku?.Name,
            ["publicIp"] = i => i.PublicIps,
            ["privateIp"] = i => (i.Lb.Properties?.FrontendIPConfigurations ?? [])
                .Select(f => f.Properties?.PrivateIPAddress).OfType<string>().ToArray(),
            ["public"] = i => i.PublicIps.Count > 0,
        },
    };

    public static Entity ToEntity(ApiObject<LoadBalancer> lb, PublicIpIndex publicIps, PortalLinks links)
    {
        var addresses = (lb.Value.Properties?.FrontendIPConfigurations ?? [])
            .Select(f => publicIps.AddressOf(f.Properties?.PublicIPAddress?.Id)).OfType<string>().Distinct().ToArray();
        return ArmEntity.Complete(Map.Build(new ApiObject<Input>(new Input(lb.Value, addresses), lb.Raw)), links, lb.Value.Tags);
    }

    /// <summary>The interfaces behind the backend pools: each backend IP configuration id cut at <c>/ipConfigurations</c>, once each.</summary>
    public static IEnumerable<string> BackendNicIds(LoadBalancer lb) =>
        (lb.Properties?.BackendAddressPools ?? [])
            .SelectMany(p => p.Properties?.BackendIPConfigurations ?? [])
            .Select(c => c.Id)
            .OfType<string>()
            .Select(id => id.IndexOf("/ipConfigurations/", StringComparison.OrdinalIgnoreCase) is var cut and > 0 ? id[..cut] : id)
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
