using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Defender.Vulnerabilities;

/// <summary>
/// A Defender vulnerability (<c>PublicVulnerabilityDto</c>), as both <c>/vulnerabilities</c> and
/// <c>/machines/{id}/vulnerabilities</c> return it (spec §B4).
/// </summary>
internal sealed record Vulnerability(
    string Id,
    string? Name,
    string? Description,
    string? Severity,
    double? CvssV3,
    string? CvssVector,
    int? ExposedMachines,
    string? PublishedOn,
    string? UpdatedOn,
    bool? PublicExploit,
    IReadOnlyList<string>? ExploitUris);

/// <summary>
/// One row of <c>/vulnerabilities/machinesVulnerabilities</c>: a vulnerable product on a machine, with the CVE it
/// is exposed to (null for products flagged without a CVE).
/// </summary>
internal sealed record MachineVulnerability(
    string? Id,
    string? CveId,
    string MachineId,
    string? FixingKbId,
    string? ProductName,
    string? ProductVendor,
    string? ProductVersion,
    string? Severity);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Vulnerability))]
[JsonSerializable(typeof(MachineVulnerability))]
internal sealed partial class VulnerabilitiesJsonContext : JsonSerializerContext;
