using System.Globalization;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Dns;

/// <summary>
/// azure-spec §5.8 <c>azure_dns_record_set</c>: <c>type</c> is the record type (<c>A</c>, <c>CNAME</c>) cut from the
/// ARM type, <c>azureType</c> the ARM type, and <c>value</c> what the records point at (addresses, names,
/// <c>target:port</c> for SRV), as HEAD's per-type properties do.
/// </summary>
internal static class RecordSetConverter
{
    private static readonly EntityMap<RecordSet> Map = new(DnsTypes.RecordSet)
    {
        Key = r => r.Id,
        Properties =
        {
            ["id"] = r => r.Id,
            ["name"] = r => r.Name,
            ["displayName"] = r => r.Name,
            ["type"] = r => RecordType(r.Type),
            ["azureType"] = r => r.Type,
            ["TTL"] = r => r.Properties?.Ttl,
            ["fqdn"] = r => r.Properties?.Fqdn,
            ["provisioningState"] = r => r.Properties?.ProvisioningState,
            ["resourceGroup"] = r => ResourceId.Parse(r.Id).ResourceGroupName,
            ["value"] = r => Values(r.Properties),
            ["targetResourceId"] = r => r.Properties?.TargetResource?.Id,
            ["soaRecordHost"] = r => r.Properties?.SoaRecord?.Host,
            ["soaRecordEmail"] = r => r.Properties?.SoaRecord?.Email,
        },
    };

    public static Entity ToEntity(ApiObject<RecordSet> recordSet, PortalLinks links) => ToEntity(recordSet, DnsTypes.RecordSet, links);

    /// <summary>As another record type: private DNS record sets have the same shape.</summary>
    public static Entity ToEntity(ApiObject<RecordSet> recordSet, EntityMetadata metadata, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(recordSet, metadata), links, null);

    /// <summary><c>Microsoft.Network/dnszones/CNAME</c> → <c>CNAME</c>.</summary>
    public static string? RecordType(string? armType) => armType?[(armType.LastIndexOf('/') + 1)..];

    private static string[]? Values(RecordSetProperties? p)
    {
        if (p is null)
        {
            return null;
        }

        string?[] values =
        [
            .. (p.ARecords ?? []).Select(r => r.Ipv4Address),
            .. (p.AaaaRecords ?? []).Select(r => r.Ipv6Address),
            p.CnameRecord?.Cname,
            .. (p.MxRecords ?? []).Select(r => r.Exchange),
            .. (p.NsRecords ?? []).Select(r => r.Nsdname),
            .. (p.PtrRecords ?? []).Select(r => r.Ptrdname),
            .. (p.SrvRecords ?? []).Select(r => r.Target is null ? null : $"{r.Target}:{r.Port?.ToString(CultureInfo.InvariantCulture)}"),
            .. (p.TxtRecords ?? []).Select(r => r.Value is null ? null : string.Concat(r.Value)),
            .. (p.CaaRecords ?? []).Select(r => r.Value),
        ];
        var present = values.OfType<string>().ToArray();
        return present.Length == 0 ? null : present;
    }
}
