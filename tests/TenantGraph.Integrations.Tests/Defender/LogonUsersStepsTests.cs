using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator;
using TenantGraph.Integrations.Defender.LogonUsers;
using TenantGraph.Integrations.Defender;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Defender;

/// <summary>Logon users through advanced hunting, and machine by machine when AdvancedQuery.Read.All is missing.</summary>
public sealed class LogonUsersStepsTests
{
    private const int Machines = 30;

    /// <summary>What <c>DeviceLogonEvents</c> cannot say (see DeviceLogonConverter); raw data differs by source.</summary>
    private static readonly string[] NotInHuntingData = ["isAdmin"];

    [Fact]
    public async Task Advanced_hunting_reads_every_machines_logon_users_in_one_call()
    {
        await using var cloud = await Cloud.StartAsync(Tenant(advancedQuery: true));

        var run = await IntegrationHarness.RunAsync(new DefenderIntegration(), cloud, Timeouts.Token());

        Assert.Equal(StepStatus.Success, run.Step(LogonUsersSteps.FetchLogonUsers).Status);
        // machines: 1 page; vulnerabilities: exposures and details, 1 page each; logon users: 1 query.
        Assert.Equal(4, cloud.Host.Counters.Requests(EmulatorApi.Defender));
        Assert.NotEmpty(run.RelationshipsOf(LogonUsersTypes.MachineHasLogonUser.Type));
    }

    [Fact]
    public async Task Without_AdvancedQuery_permission_logon_users_are_read_machine_by_machine()
    {
        await using var cloud = await Cloud.StartAsync(Tenant(advancedQuery: false));

        var run = await IntegrationHarness.RunAsync(new DefenderIntegration(), cloud, Timeouts.Token());

        Assert.Equal(StepStatus.Success, run.Step(LogonUsersSteps.FetchLogonUsers).Status);
        Assert.Empty(run.Step(LogonUsersSteps.FetchLogonUsers).MissingPermissions);
        // The refused query, then one call per machine.
        Assert.Equal(4 + Machines, cloud.Host.Counters.Requests(EmulatorApi.Defender));
    }

    [Fact]
    public async Task Advanced_hunting_and_per_machine_reads_build_the_same_logon_user_graph()
    {
        await using var bulkCloud = await Cloud.StartAsync(Tenant(advancedQuery: true));
        var bulk = await IntegrationHarness.RunAsync(new DefenderIntegration(), bulkCloud, Timeouts.Token());
        await using var perMachineCloud = await Cloud.StartAsync(Tenant(advancedQuery: false));
        var perMachine = await IntegrationHarness.RunAsync(new DefenderIntegration(), perMachineCloud, Timeouts.Token());

        Assert.Equal(Keys(perMachine.RelationshipsOf(LogonUsersTypes.MachineHasLogonUser.Type)),
            Keys(bulk.RelationshipsOf(LogonUsersTypes.MachineHasLogonUser.Type)));
        Assert.Equal(Properties(perMachine.EntitiesOf(LogonUsersTypes.LogonUser.Type)), Properties(bulk.EntitiesOf(LogonUsersTypes.LogonUser.Type)));
    }

    [Fact]
    public async Task Without_either_permission_the_step_names_both()
    {
        await using var cloud = await Cloud.StartAsync(Tenant(advancedQuery: false),
            o => o with { Faults = new FaultOptions { DeniedPermissions = ["User.Read.All"] } });

        var run = await IntegrationHarness.RunAsync(new DefenderIntegration(), cloud, Timeouts.Token());

        var missing = Assert.Single(run.Step(LogonUsersSteps.FetchLogonUsers).MissingPermissions).Permission;
        Assert.Contains("AdvancedQuery.Read.All", missing, StringComparison.Ordinal);
        Assert.Contains("User.Read.All", missing, StringComparison.Ordinal);
    }

    private static TenantData Tenant(bool advancedQuery)
    {
        var tenant = DefenderTenants.Generated(Machines, logonUsersPerMachine: 3);
        var app = tenant.Info.Apps[0];
        tenant.Info = tenant.Info with
        {
            Apps = [app with { GrantedPermissions = advancedQuery ? [.. app.GrantedPermissions, "AdvancedQuery.Read.All"] : app.GrantedPermissions }],
        };
        return tenant;
    }

    private static string[] Keys(IEnumerable<Relationship> relationships) => [.. relationships.Select(r => r.Key).Order(StringComparer.Ordinal)];

    private static string[] Properties(IEnumerable<Entity> entities) =>
    [
        .. entities.OrderBy(e => e.Key, StringComparer.Ordinal).SelectMany(e => e.Properties
            .Where(p => !NotInHuntingData.Contains(p.Key))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{e.Key} {p.Key}={Text(p.Value)}")),
    ];

    private static string Text(object? value) => value is System.Collections.IEnumerable list and not string
        ? string.Join(",", list.Cast<object?>())
        : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
