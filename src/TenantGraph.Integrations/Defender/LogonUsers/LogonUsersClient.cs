using TenantGraph.Core.Graph;
using TenantGraph.Microsoft;

namespace TenantGraph.Integrations.Defender.LogonUsers;

/// <summary>Defender API calls of the logon-users step.</summary>
internal sealed class LogonUsersClient(MicrosoftApiClient client)
{
    /// <summary>
    /// <c>GET /api/machines/{id}/logonusers</c>. Defender offers no tenant-wide listing of logon users, so this is
    /// one call per machine; the client paces them within Defender's budget.
    /// </summary>
    public IAsyncEnumerable<ApiObject<LogonUser>> ListLogonUsersAsync(string machineId, CancellationToken cancellationToken) =>
        client.ListObjectsAsync(
            new ListRequest(MicrosoftApi.Defender, $"/machines/{Uri.EscapeDataString(machineId)}/logonusers",
                DefenderPermissions.OnDefender(DefenderPermissions.UserReadAll)) { NotFoundIsEmpty = true },
            LogonUsersJsonContext.Default.LogonUser, cancellationToken);
}
