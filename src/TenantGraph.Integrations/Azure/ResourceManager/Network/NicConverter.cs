using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Network;

/// <summary>azure-spec §5.4 <c>azure_nic</c>; public addresses are resolved from the public IPs already read.</summary>
internal static class NicConverter
{
    private sealed record Input(NetworkInterface Nic, IReadOnlyList<string> PublicIps);

    private static readonly EntityMap<Input> Map = new(NetworkTypes.Nic)
    {
        Key = i => i.Nic.Id,
        CopySourceProperties = false,
        Properties =
        {
            ["id"] = i => i.Nic.Id,
            ["name"] = i => i.Nic.Name,
            ["displayName"] = i => i.Nic.Name,
            ["resourceGuid"] = i => i.Nic.Properties?.ResourceGuid,
            ["resourceGroup"] = i => ResourceId.Parse(i.Nic.Id).ResourceGroupName,
            ["virtualMachineId"] = i => i.Nic.Properties?.VirtualMachine?.Id,
            ["type"] = i => i.Nic.Type,
            ["region"] = i => i.Nic.Location,
            ["publicIp"] = i => i.PublicIps,
            // The reference writes the lists under publicIpAddress/privateIpAddress too, but the NetworkInterface
            // class types them as one ip: the lists stay in publicIp/privateIp, the first address goes there.
            ["publicIpAddress"] = i => i.PublicIps.FirstOrDefault(),
            ["privateIp"] = i => PrivateIps(i.Nic),
            ["privateIpAddress"] = i => PrivateIps(i.Nic).FirstOrDefault(),
            ["macAddress"] = i => i.Nic.Properties?.MacAddress,
            ["securityGroupId"] = i => i.Nic.Properties?.NetworkSecurityGroup?.Id,
            ["ipForwarding"] = i => i.Nic.Properties?.EnableIPForwarding,
        },
    };

    public static Entity ToEntity(ApiObject<NetworkInterface> nic, PublicIpIndex publicIps, PortalLinks links)
    {
        var addresses = (nic.Value.Properties?.IpConfigurations ?? [])
            .Select(c => publicIps.AddressOf(c.Properties?.PublicIPAddress?.Id))
            .OfType<string>().Distinct().ToArray();
        return ArmEntity.Complete(Map.Build(new ApiObject<Input>(new Input(nic.Value, addresses), nic.Raw)), links, nic.Value.Tags);
    }

    private static string[] PrivateIps(NetworkInterface nic) =>
        [.. (nic.Properties?.IpConfigurations ?? []).Select(c => c.Properties?.PrivateIPAddress).OfType<string>().Where(a => a.Length > 0)];
}
