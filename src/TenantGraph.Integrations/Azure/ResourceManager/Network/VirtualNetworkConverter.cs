using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Network;

/// <summary>azure-spec §5.4 <c>azure_vnet</c> and its <c>azure_subnet</c>s (read from the network's own listing).</summary>
internal static class VirtualNetworkConverter
{
    private static readonly EntityMap<VirtualNetwork> Map = new(NetworkTypes.VirtualNetwork)
    {
        Key = v => v.Id,
        Properties =
        {
            ["displayName"] = v => $"{v.Name} ({Cidr(v) ?? "no address space"})",
            ["CIDR"] = Cidr,
            ["addressPrefixes"] = v => v.Properties?.AddressSpace?.AddressPrefixes,
            ["public"] = _ => false,
            ["internal"] = _ => true,
            ["region"] = v => v.Location,
            ["resourceGroup"] = v => ResourceId.Parse(v.Id).ResourceGroupName,
        },
    };

    private sealed record SubnetInput(Subnet Subnet, VirtualNetwork Network);

    private static readonly EntityMap<SubnetInput> SubnetMap = new(NetworkTypes.Subnet)
    {
        Key = s => s.Subnet.Id,
        Properties =
        {
            ["id"] = s => s.Subnet.Id,
            ["name"] = s => s.Subnet.Name,
            ["displayName"] = s => $"{s.Subnet.Name} ({SubnetCidr(s.Subnet) ?? "no address prefix"})",
            ["CIDR"] = s => SubnetCidr(s.Subnet),
            ["public"] = _ => false,
            ["internal"] = _ => true,
            ["region"] = s => s.Network.Location,
            ["resourceGroup"] = s => ResourceId.Parse(s.Subnet.Id).ResourceGroupName,
            ["environment"] = s => s.Network.Tags?.FirstOrDefault(t => t.Key.Equals("environment", StringComparison.OrdinalIgnoreCase)).Value,
        },
    };

    public static Entity ToEntity(ApiObject<VirtualNetwork> network, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(network), links, network.Value.Tags, "environment");

    public static IEnumerable<Entity> ToSubnetEntities(ApiObject<VirtualNetwork> network, PortalLinks links)
    {
        if (network.Raw.TryGetProperty("properties", out var properties) && properties.TryGetProperty("subnets", out var subnets))
        {
            var i = 0;
            foreach (var raw in subnets.EnumerateArray())
            {
                var subnet = network.Value.Properties!.Subnets![i++]; // the same array, deserialized
                var entity = SubnetMap.Build(new ApiObject<SubnetInput>(new SubnetInput(subnet, network.Value), raw));
                entity.Properties.Set("webLink", links.For(subnet.Id));
                yield return entity;
            }
        }
    }

    /// <summary>The subnet's first prefix (newer subnets may carry only <c>addressPrefixes</c>).</summary>
    public static string? SubnetCidr(Subnet subnet) =>
        subnet.Properties?.AddressPrefix ?? subnet.Properties?.AddressPrefixes?.FirstOrDefault();

    private static string? Cidr(VirtualNetwork network) => network.Properties?.AddressSpace?.AddressPrefixes?.FirstOrDefault();
}
