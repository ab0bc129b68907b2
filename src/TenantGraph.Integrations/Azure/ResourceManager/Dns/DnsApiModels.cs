using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.Dns;

/// <summary><c>Microsoft.Network/dnszones</c> (api 2018-05-01) and <c>/privateDnsZones</c> (api 2020-06-01).</summary>
internal sealed record DnsZone(string Id, string Name, string? Type, string? Location, DnsZoneProperties? Properties,
    IReadOnlyDictionary<string, string?>? Tags);

internal sealed record DnsZoneProperties(long? NumberOfRecordSets, long? MaxNumberOfRecordSets, IReadOnlyList<string>? NameServers,
    string? ZoneType, long? NumberOfVirtualNetworkLinks, string? ProvisioningState);

/// <summary>
/// <c>…/dnszones/{zone}/recordsets</c>. Public DNS spells its record arrays in capitals (<c>TTL</c>, <c>ARecords</c>,
/// <c>CNAMERecord</c>), hence the explicit names.
/// </summary>
internal sealed record RecordSet(string Id, string Name, string? Type, RecordSetProperties? Properties);

internal sealed record RecordSetProperties(
    string? Fqdn,
    string? ProvisioningState,
    [property: JsonPropertyName("TTL")] long? Ttl,
    [property: JsonPropertyName("ARecords")] IReadOnlyList<ARecord>? ARecords,
    [property: JsonPropertyName("AAAARecords")] IReadOnlyList<AaaaRecord>? AaaaRecords,
    [property: JsonPropertyName("CNAMERecord")] CnameRecord? CnameRecord,
    [property: JsonPropertyName("MXRecords")] IReadOnlyList<MxRecord>? MxRecords,
    [property: JsonPropertyName("NSRecords")] IReadOnlyList<NsRecord>? NsRecords,
    [property: JsonPropertyName("PTRRecords")] IReadOnlyList<PtrRecord>? PtrRecords,
    [property: JsonPropertyName("SRVRecords")] IReadOnlyList<SrvRecord>? SrvRecords,
    [property: JsonPropertyName("TXTRecords")] IReadOnlyList<TxtRecord>? TxtRecords,
    [property: JsonPropertyName("CAARecords")] IReadOnlyList<CaaRecord>? CaaRecords,
    [property: JsonPropertyName("SOARecord")] SoaRecord? SoaRecord,
    SubResource? TargetResource);

internal sealed record ARecord(string? Ipv4Address);

internal sealed record AaaaRecord(string? Ipv6Address);

internal sealed record CnameRecord(string? Cname);

internal sealed record MxRecord(int? Preference, string? Exchange);

internal sealed record NsRecord(string? Nsdname);

internal sealed record PtrRecord(string? Ptrdname);

internal sealed record SrvRecord(int? Priority, int? Weight, int? Port, string? Target);

internal sealed record TxtRecord(IReadOnlyList<string>? Value);

internal sealed record CaaRecord(int? Flags, string? Tag, string? Value);

internal sealed record SoaRecord(string? Host, string? Email, long? SerialNumber);

internal sealed record SubResource(string? Id);

// Case-insensitive: private DNS (PrivateDns family) returns the same records spelled in camelCase (ttl, aRecords).
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DnsZone))]
[JsonSerializable(typeof(RecordSet))]
internal sealed partial class AzureDnsJsonContext : JsonSerializerContext;
