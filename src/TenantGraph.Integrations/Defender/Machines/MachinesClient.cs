using TenantGraph.Core.Graph;
using TenantGraph.Microsoft;

namespace TenantGraph.Integrations.Defender.Machines;

/// <summary>Defender API calls of the machine steps.</summary>
internal sealed class MachinesClient(MicrosoftApiClient client)
{
    /// <summary><c>GET /api/machines</c>, up to 10,000 a page.</summary>
    public IAsyncEnumerable<ApiObject<Machine>> ListMachinesAsync(CancellationToken cancellationToken) =>
        client.ListObjectsAsync(
            new ListRequest(MicrosoftApi.Defender, "/machines", DefenderPermissions.MachineReadAll),
            MachinesJsonContext.Default.Machine, cancellationToken);
}
