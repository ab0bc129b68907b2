using TenantGraph.Core.Graph;
using TenantGraph.Microsoft;

namespace TenantGraph.Integrations.Defender.Vulnerabilities;

/// <summary>Defender API calls of the vulnerabilities step.</summary>
internal sealed class VulnerabilitiesClient(MicrosoftApiClient client)
{
    public const string MachinesVulnerabilitiesPath = "/vulnerabilities/machinesVulnerabilities";

    /// <summary>Defender caps <c>$top</c> of the vulnerability list at 8,000.</summary>
    public const int VulnerabilityPageSize = 8_000;

    private const string Permission = DefenderPermissions.VulnerabilityReadAll;

    /// <summary>
    /// <c>GET /api/vulnerabilities/machinesVulnerabilities</c>: every (machine, product, CVE) exposure of the tenant,
    /// 10,000 a page, so 200,000 exposures take 20 calls where the per-machine listing takes one per machine.
    /// </summary>
    /// <exception cref="Microsoft.ProviderNotFoundException">The API does not offer the bulk listing.</exception>
    public IAsyncEnumerable<MachineVulnerability> ListMachineVulnerabilitiesAsync(CancellationToken cancellationToken) =>
        client.ListAsync(new ListRequest(MicrosoftApi.Defender, MachinesVulnerabilitiesPath, Permission),
            VulnerabilitiesJsonContext.Default.MachineVulnerability, cancellationToken);

    /// <summary><c>GET /api/vulnerabilities</c>: the vulnerability details, 8,000 a page.</summary>
    public IAsyncEnumerable<ApiObject<Vulnerability>> ListVulnerabilitiesAsync(CancellationToken cancellationToken) =>
        client.ListObjectsAsync(new ListRequest(MicrosoftApi.Defender, "/vulnerabilities", Permission) { PageSize = VulnerabilityPageSize },
            VulnerabilitiesJsonContext.Default.Vulnerability, cancellationToken);

    /// <summary><c>GET /api/vulnerabilities/{id}</c>, or null when Defender does not know it.</summary>
    public Task<ApiObject<Vulnerability>?> GetVulnerabilityAsync(string id, CancellationToken cancellationToken) =>
        client.GetAsync(new ListRequest(MicrosoftApi.Defender, $"/vulnerabilities/{Uri.EscapeDataString(id)}", Permission) { NotFoundIsEmpty = true },
            VulnerabilitiesJsonContext.Default.Vulnerability, cancellationToken);

    /// <summary><c>GET /api/machines/{id}/vulnerabilities</c>: the fallback, one call per machine.</summary>
    public IAsyncEnumerable<ApiObject<Vulnerability>> ListMachineVulnerabilitiesAsync(string machineId, CancellationToken cancellationToken) =>
        client.ListObjectsAsync(
            new ListRequest(MicrosoftApi.Defender, $"/machines/{Uri.EscapeDataString(machineId)}/vulnerabilities", Permission) { NotFoundIsEmpty = true },
            VulnerabilitiesJsonContext.Default.Vulnerability, cancellationToken);
}
