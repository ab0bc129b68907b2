using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Network;

/// <summary>azure-spec §5.4 <c>azure_public_ip</c> (a plain object in the reference: only listed properties).</summary>
internal static class PublicIpConverter
{
    private static readonly EntityMap<PublicIPAddress> Map = new(NetworkTypes.PublicIp)
    {
        Key = ip => ip.Id,
        CopySourceProperties = false,
        Properties =
        {
            ["id"] = ip => ip.Id,
            ["name"] = ip => ip.Name,
            ["displayName"] = ip => ip.Name,
            ["resourceGuid"] = ip => ip.Properties?.ResourceGuid,
            ["resourceGroup"] = ip => ResourceId.Parse(ip.Id).ResourceGroupName,
            ["type"] = ip => ip.Type,
            ["region"] = ip => ip.Location,
            ["ipAddress"] = ip => ip.Properties?.IpAddress,
            ["publicIp"] = ip => ip.Properties?.IpAddress,
            ["publicIpAddress"] = ip => ip.Properties?.IpAddress,
            ["allocationMethod"] = ip => ip.Properties?.PublicIPAllocationMethod,
            ["dnsName"] = ip => ip.Properties?.DnsSettings?.Fqdn,
            ["public"] = _ => true,
            ["sku"] = ip => ip.Sku?.Name,
        },
    };

    /// <summary>
    /// Null for an address not yet allocated (dynamic allocation on a stopped resource): the data model requires
    /// <c>ipAddress</c> on an IpAddress, so such a resource cannot be a valid entity.
    /// </summary>
    public static Entity? ToEntity(ApiObject<PublicIPAddress> ip, PortalLinks links) =>
        ip.Value.Properties?.IpAddress is { Length: > 0 }
            ? ArmEntity.Complete(Map.Build(ip), links, ip.Value.Tags)
            : null;
}
