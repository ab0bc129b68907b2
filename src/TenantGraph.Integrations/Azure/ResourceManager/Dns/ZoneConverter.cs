using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Dns;

/// <summary>azure-spec §5.8 <c>azure_dns_zone</c> and <c>azure_private_dns_zone</c>.</summary>
internal static class ZoneConverter
{
    private static readonly EntityMap<DnsZone> Map = new(DnsTypes.Zone)
    {
        Key = z => z.Id,
        Properties =
        {
            ["id"] = z => z.Id,
            ["name"] = z => z.Name,
            ["displayName"] = z => z.Name,
            ["type"] = z => z.Type,
            ["region"] = z => z.Location,
            ["resourceGroup"] = z => ResourceId.Parse(z.Id).ResourceGroupName,
            ["domainName"] = z => z.Name,
            ["recordsCount"] = z => z.Properties?.NumberOfRecordSets,
            ["maxNumberOfRecordSets"] = z => z.Properties?.MaxNumberOfRecordSets,
            ["nameServers"] = z => z.Properties?.NameServers?.ToArray(),
            ["zoneType"] = z => z.Properties?.ZoneType,
            ["numberOfVirtualNetworkLinks"] = z => z.Properties?.NumberOfVirtualNetworkLinks,
            ["provisioningState"] = z => z.Properties?.ProvisioningState,
        },
    };

    public static Entity ToEntity(ApiObject<DnsZone> zone, PortalLinks links) => ToEntity(zone, DnsTypes.Zone, links);

    /// <summary>As another zone type: private DNS zones have the same shape.</summary>
    public static Entity ToEntity(ApiObject<DnsZone> zone, EntityMetadata metadata, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(zone, metadata), links, zone.Value.Tags);
}
