using TenantGraph.Core.Graph;
using TenantGraph.Microsoft;

namespace TenantGraph.Integrations.Defender.LogonUsers;

/// <summary>Defender API calls of the logon-users step.</summary>
internal sealed class LogonUsersClient(MicrosoftApiClient client)
{
    public const string AdvancedQueriesPath = "/advancedqueries/run";

    /// <summary>
    /// What a 403 on the per-machine fallback asks for: it is only read once advanced hunting was refused, and either
    /// permission would do.
    /// </summary>
    private const string FallbackPermission =
        $"{DefenderPermissions.AdvancedQueryReadAll} (or {DefenderPermissions.UserReadAll} to read machine by machine)";

    /// <summary>
    /// <c>POST /api/advancedqueries/run</c> with <see cref="LogonUsersQuery.For"/>: the accounts that logged on to
    /// every device whose id starts with <paramref name="devicePrefix"/>, in one call. Advanced hunting allows
    /// 45 calls a minute and 1,500 an hour; the client paces them.
    /// </summary>
    /// <exception cref="Core.Errors.ProviderAuthorizationException">The app lacks AdvancedQuery.Read.All.</exception>
    public async Task<IReadOnlyList<DeviceLogonRow>> RunLogonQueryAsync(string devicePrefix, CancellationToken cancellationToken)
    {
        var request = new ListRequest(MicrosoftApi.Defender, AdvancedQueriesPath, DefenderPermissions.AdvancedQueryReadAll);
        var result = await client.PostAsync(request, new AdvancedQuery(LogonUsersQuery.For(devicePrefix)),
            AdvancedHuntingJsonContext.Default.AdvancedQuery, AdvancedHuntingJsonContext.Default.DeviceLogonResult, cancellationToken);
        return result?.Value.Results ?? [];
    }

    /// <summary>
    /// <c>GET /api/machines/{id}/logonusers</c>, the fallback when advanced hunting is refused: one call per machine,
    /// paced within Defender's budget.
    /// </summary>
    public IAsyncEnumerable<ApiObject<LogonUser>> ListLogonUsersAsync(string machineId, CancellationToken cancellationToken) =>
        client.ListObjectsAsync(
            new ListRequest(MicrosoftApi.Defender, $"/machines/{Uri.EscapeDataString(machineId)}/logonusers", FallbackPermission) { NotFoundIsEmpty = true },
            LogonUsersJsonContext.Default.LogonUser, cancellationToken);
}
