using TenantGraph.Core.Errors;
using TenantGraph.Core.Graph;
using TenantGraph.Core.JobStates;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Defender.Machines;
using TenantGraph.Microsoft;

namespace TenantGraph.Integrations.Defender.LogonUsers;

internal static class LogonUsersSteps
{
    public const string FetchLogonUsers = "fetch-logon-users";

    public static readonly StepDefinition LogonUsers = new(
        Id: FetchLogonUsers, Name: "Fetch Logon Users",
        Entities: [LogonUsersTypes.LogonUser],
        Relationships: [LogonUsersTypes.MachineHasLogonUser],
        DependsOn: [MachinesSteps.FetchMachines],
        Permissions: [DefenderPermissions.AdvancedQueryReadAll, DefenderPermissions.UserReadAll],
        Handler: FetchLogonUsersAsync);

    /// <summary>
    /// Reads every machine's logon users with advanced hunting, a handful of calls for the whole tenant. Without
    /// AdvancedQuery.Read.All (a 403 on the first query, decided once for the step) it reads machine by machine, one
    /// call each, and only a 403 there reaches the run summary.
    /// </summary>
    private static async Task FetchLogonUsersAsync(StepContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.Get<LogonUsersClient>();
        var machineIds = MachinesSteps.MachineIds(context).ToArray();
        if (machineIds.Length == 0)
        {
            return;
        }

        IReadOnlyList<DeviceLogonRow> rows;
        try
        {
            rows = await client.RunLogonQueryAsync(string.Empty, cancellationToken);
        }
        catch (Exception e) when (e is ProviderAuthorizationException or ProviderNotFoundException)
        {
            DefenderLog.AdvancedHuntingUnavailable(context.Logger, FetchLogonUsers, LogonUsersClient.AdvancedQueriesPath, e.Message, machineIds.Length);
            await FetchPerMachineAsync(context.JobState, client, machineIds, cancellationToken);
            return;
        }

        if (rows.Count >= LogonUsersQuery.RowLimit)
        {
            rows = await ReadByDevicePrefixAsync(context, client, string.Empty, cancellationToken);
        }

        var known = new HashSet<string>(machineIds, StringComparer.OrdinalIgnoreCase);
        var unknown = 0;
        foreach (var (user, deviceIds) in DeviceLogonConverter.ToLogonUsers(rows))
        {
            // A logon to a device the machine list did not return has no machine entity to start from.
            var machines = deviceIds.Select(id => known.TryGetValue(id, out var machineId) ? machineId : null).OfType<string>().ToArray();
            unknown += deviceIds.Count - machines.Length;
            if (machines.Length > 0)
            {
                Add(context.JobState, user, machines);
            }
        }

        if (unknown > 0)
        {
            DefenderLog.LogonRowsForUnknownMachines(context.Logger, FetchLogonUsers, unknown);
        }
    }

    /// <summary>
    /// A result of 100,000 rows may have been cut short: read it again split by the next hex digit of the device id,
    /// and split again any part that is still full.
    /// </summary>
    private static async Task<IReadOnlyList<DeviceLogonRow>> ReadByDevicePrefixAsync(StepContext context, LogonUsersClient client,
        string prefix, CancellationToken cancellationToken)
    {
        var rows = new List<DeviceLogonRow>();
        foreach (var digit in LogonUsersQuery.HexDigits)
        {
            var part = prefix + digit;
            var partRows = await client.RunLogonQueryAsync(part, cancellationToken);
            if (partRows.Count < LogonUsersQuery.RowLimit)
            {
                rows.AddRange(partRows);
            }
            else if (part.Length < LogonUsersQuery.MaxPrefixLength)
            {
                rows.AddRange(await ReadByDevicePrefixAsync(context, client, part, cancellationToken));
            }
            else
            {
                DefenderLog.LogonResultFull(context.Logger, FetchLogonUsers, part, partRows.Count);
                rows.AddRange(partRows);
            }
        }

        return rows;
    }

    private static async Task FetchPerMachineAsync(StepJobState jobState, LogonUsersClient client, IReadOnlyList<string> machineIds,
        CancellationToken cancellationToken)
    {
        foreach (var machineId in machineIds)
        {
            await foreach (var user in client.ListLogonUsersAsync(machineId, cancellationToken))
            {
                Add(jobState, user, [machineId]);
            }
        }
    }

    /// <summary>
    /// Adds the user once and a HAS edge from every machine it logged on to. Spec §B9.1.2: the reference skipped the
    /// relationship along with a known user, so an account that logged on to ten machines was linked to the first only.
    /// </summary>
    private static void Add(StepJobState jobState, ApiObject<LogonUser> user, IReadOnlyList<string> machineIds)
    {
        var entity = LogonUserConverter.ToEntity(user);
        if (!jobState.HasKey(entity.Key))
        {
            jobState.AddEntity(entity);
        }

        foreach (var machineId in machineIds)
        {
            var relationship = LogonUsersTypes.MachineHasLogonUser.Create(MachineConverter.KeyFor(machineId), entity.Key);
            if (!jobState.HasKey(relationship.Key))
            {
                jobState.AddRelationship(relationship);
            }
        }
    }
}
