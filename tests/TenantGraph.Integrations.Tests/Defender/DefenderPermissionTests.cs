using TenantGraph.Core.Steps;
using TenantGraph.Emulator;
using TenantGraph.Integrations.Defender.Account;
using TenantGraph.Integrations.Defender.LogonUsers;
using TenantGraph.Integrations.Defender.Machines;
using TenantGraph.Integrations.Defender.Users;
using TenantGraph.Integrations.Defender.Vulnerabilities;
using TenantGraph.Integrations.Defender;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Defender;

/// <summary>Each of the seed's permissions, when missing, fails only the steps that need it, naming it.</summary>
public sealed class DefenderPermissionTests
{
    /// <summary>
    /// The seed grants no AdvancedQuery.Read.All, so logon users are read machine by machine, and a 403 there asks
    /// for either permission.
    /// </summary>
    private const string LogonUsersPermission = "AdvancedQuery.Read.All (or User.Read.All to read machine by machine)";

    public static TheoryData<string[], string[], string[]> MissingPermissions => new()
    {
        // denied, failing steps, the permission each failing step names (same order), as the admin grants it: no resource app
        // prefix, like the step metadata and the seed.
        // Graph also lets Directory.Read.All read /organization (users then still come through User.Read.All).
        { ["Organization.Read.All", "Directory.Read.All"], [AccountSteps.FetchAccount], ["Organization.Read.All"] },
        { ["Machine.Read.All"], [MachinesSteps.FetchMachines], ["Machine.Read.All"] },
        { ["Vulnerability.Read.All"], [VulnerabilitiesSteps.FetchVulnerabilities], ["Vulnerability.Read.All"] },
        { ["User.Read.All"], [LogonUsersSteps.FetchLogonUsers], [LogonUsersPermission] },
        // The emulator checks permission names without their resource app, and Graph lets User.Read.All read
        // /users, so Directory.Read.All can only be withdrawn together with User.Read.All.
        { ["Directory.Read.All", "User.Read.All"], [UsersSteps.FetchUsers, LogonUsersSteps.FetchLogonUsers], ["Directory.Read.All", LogonUsersPermission] },
    };

    [Theory]
    [MemberData(nameof(MissingPermissions))]
    public async Task Missing_permission_fails_only_the_steps_that_need_it_and_names_it(string[] denied, string[] failing, string[] named)
    {
        var tenant = DefenderTenants.Generated(machines: 5);
        await using var cloud = await Cloud.StartAsync(tenant, o => o with { Faults = new FaultOptions { DeniedPermissions = denied } });

        var run = await IntegrationHarness.RunAsync(new DefenderIntegration(), cloud, Timeouts.Token());

        Assert.Equal(failing.Order(), run.Run.Steps.Where(s => s.Status == StepStatus.Failure).Select(s => s.Id).Order());
        for (var i = 0; i < failing.Length; i++)
        {
            Assert.Equal(named[i], Assert.Single(run.Step(failing[i]).MissingPermissions).Permission);
        }

        Assert.All(run.Run.Steps.Where(s => !failing.Contains(s.Id)),
            s => Assert.Contains(s.Status, new[] { StepStatus.Success, StepStatus.PartialSuccessDueToDependencyFailure }));
    }

    [Fact]
    public async Task Without_the_account_users_and_machines_are_still_collected()
    {
        var tenant = DefenderTenants.Generated(machines: 5);
        await using var cloud = await Cloud.StartAsync(tenant, o => o with { Faults = new FaultOptions { DeniedPermissions = ["Organization.Read.All", "Directory.Read.All"] } });

        var run = await IntegrationHarness.RunAsync(new DefenderIntegration(), cloud, Timeouts.Token());

        Assert.Empty(run.EntitiesOf(AccountTypes.Account.Type));
        Assert.Equal(10, run.EntitiesOf(UsersTypes.User.Type).Count);
        Assert.Equal(5, run.EntitiesOf(MachinesTypes.Machine.Type).Count);
        Assert.Empty(run.RelationshipsOf(UsersTypes.AccountHasUser.Type));
    }

    [Fact]
    public async Task Without_vulnerability_access_machines_endpoints_and_logon_users_are_complete()
    {
        var tenant = DefenderTenants.Generated(machines: 5, logonUsersPerMachine: 1);
        await using var cloud = await Cloud.StartAsync(tenant, o => o with { Faults = new FaultOptions { DeniedPermissions = ["Vulnerability.Read.All"] } });

        var run = await IntegrationHarness.RunAsync(new DefenderIntegration(), cloud, Timeouts.Token());

        Assert.Equal(5, run.EntitiesOf(MachinesTypes.Endpoint.Type).Count);
        Assert.Equal(5, run.RelationshipsOf(LogonUsersTypes.MachineHasLogonUser.Type).Count);
        Assert.Contains(VulnerabilitiesTypes.Vulnerability.Type, run.Run.PartialTypes);
    }
}
