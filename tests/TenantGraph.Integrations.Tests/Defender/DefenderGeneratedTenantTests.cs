using System.Text.Json.Nodes;
using TenantGraph.Core.Steps;
using TenantGraph.Emulator;
using TenantGraph.Integrations.Defender;
using TenantGraph.Integrations.Defender.LogonUsers;
using TenantGraph.Integrations.Defender.Machines;
using TenantGraph.Integrations.Defender.Users;
using TenantGraph.Integrations.Defender.Vulnerabilities;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Defender;

/// <summary>Steps against generated and hand-built tenants: the bulk vulnerability export, the reference's defects, faults.</summary>
public sealed class DefenderGeneratedTenantTests
{
    private static readonly DefenderIntegration Integration = new();

    /// <summary>
    /// Where Defender does not offer the bulk export (a 404, as older API versions answer), the step lists each
    /// machine's vulnerabilities instead and builds the same graph.
    /// </summary>
    [Fact]
    public async Task Bulk_export_and_per_machine_listing_give_the_same_vulnerability_graph()
    {
        const int machines = 20;
        await using var perMachineCloud = await Cloud.StartAsync(DefenderTenants.Generated(machines),
            o => o with { Faults = o.Faults with { MissingPaths = [DefenderTenants.MachinesVulnerabilitiesPath] } });
        await using var bulkCloud = await Cloud.StartAsync(DefenderTenants.Generated(machines));

        var perMachine = await StepHarness.RunWithDependenciesAsync(Integration, VulnerabilitiesSteps.FetchVulnerabilities, perMachineCloud, Timeouts.Token());
        var bulk = await StepHarness.RunWithDependenciesAsync(Integration, VulnerabilitiesSteps.FetchVulnerabilities, bulkCloud, Timeouts.Token());

        Assert.NotEmpty(bulk.Relationships);
        Assert.Equal(perMachine.Entities.Select(e => e.Key).Order(), bulk.Entities.Select(e => e.Key).Order());
        Assert.Equal(perMachine.Relationships.Select(r => r.Key).Order(), bulk.Relationships.Select(r => r.Key).Order());
        // The fallback reads every machine's list; the bulk path reads a few pages whatever the machine count.
        Assert.True(perMachineCloud.Host.Counters.Requests(EmulatorApi.Defender) > machines);
        Assert.True(bulkCloud.Host.Counters.Requests(EmulatorApi.Defender) < machines);
    }

    [Fact]
    public async Task Bulk_export_reads_vulnerabilities_in_a_few_calls_whatever_the_machine_count()
    {
        var tenant = DefenderTenants.Generated(machines: 200, logonUsersPerMachine: 0);
        await using var cloud = await Cloud.StartAsync(tenant);

        var result = await StepHarness.RunWithDependenciesAsync(Integration, VulnerabilitiesSteps.FetchVulnerabilities, cloud, Timeouts.Token());

        // machinesVulnerabilities and vulnerabilities, one page each; per machine it would be 200 calls.
        Assert.Equal(2, result.Step.Requests);
        Assert.Equal(800, result.RelationshipsOf(VulnerabilitiesTypes.MachineIdentifiedVulnerability.Type).Count);
    }

    /// <summary>
    /// Spec §B9.1.2: the reference linked a CVE only to the first machine that reported it. The tenant carries the bulk
    /// export: Defender always serves it, and the emulator answers it empty for a tenant without one.
    /// </summary>
    [Fact]
    public async Task Vulnerability_on_two_machines_is_one_entity_identified_by_both()
    {
        var tenant = DefenderTenants.Empty();
        foreach (var id in new[] { DefenderTenants.MachineId(1), DefenderTenants.MachineId(2) })
        {
            DefenderTenants.AddMachine(tenant, id);
            tenant.Add($"{DefenderTenants.MachinesPath}/{id}/vulnerabilities", DefenderTenants.Vulnerability("CVE-2024-3094", exposedMachines: 2));
        }

        DefenderTenants.AddBulkExports(tenant);
        await using var cloud = await Cloud.StartAsync(tenant);

        var result = await StepHarness.RunWithDependenciesAsync(Integration, VulnerabilitiesSteps.FetchVulnerabilities, cloud, Timeouts.Token());

        Assert.Single(result.EntitiesOf(VulnerabilitiesTypes.Vulnerability.Type));
        Assert.Equal(
            [$"{MachineConverter.KeyFor(DefenderTenants.MachineId(1))}|identified|microsoft_defender_vulnerability:CVE-2024-3094",
             $"{MachineConverter.KeyFor(DefenderTenants.MachineId(2))}|identified|microsoft_defender_vulnerability:CVE-2024-3094"],
            result.RelationshipsOf(VulnerabilitiesTypes.MachineIdentifiedVulnerability.Type).Select(r => r.Key).Order());
    }

    [Fact]
    public async Task Exposure_rows_without_a_cve_or_for_unlisted_machines_are_skipped()
    {
        var tenant = DefenderTenants.Empty();
        DefenderTenants.AddMachine(tenant, DefenderTenants.MachineId(1));
        tenant.Add(DefenderTenants.VulnerabilitiesPath, DefenderTenants.Vulnerability("CVE-2023-4863"));
        tenant.Add(DefenderTenants.MachinesVulnerabilitiesPath, DefenderTenants.ExposureRow(DefenderTenants.MachineId(1), "CVE-2023-4863"));
        tenant.Add(DefenderTenants.MachinesVulnerabilitiesPath, DefenderTenants.ExposureRow(DefenderTenants.MachineId(1), null));
        tenant.Add(DefenderTenants.MachinesVulnerabilitiesPath, DefenderTenants.ExposureRow(DefenderTenants.MachineId(9), "CVE-2023-4863"));
        await using var cloud = await Cloud.StartAsync(tenant);

        var result = await StepHarness.RunWithDependenciesAsync(Integration, VulnerabilitiesSteps.FetchVulnerabilities, cloud, Timeouts.Token());

        Assert.Single(result.EntitiesOf(VulnerabilitiesTypes.Vulnerability.Type));
        Assert.Single(result.RelationshipsOf(VulnerabilitiesTypes.MachineIdentifiedVulnerability.Type));
    }

    [Fact]
    public async Task Exposed_cve_missing_from_the_vulnerability_list_is_asked_for_by_id_and_skipped_when_unknown()
    {
        var tenant = DefenderTenants.Empty();
        DefenderTenants.AddMachine(tenant, DefenderTenants.MachineId(1));
        tenant.Add(DefenderTenants.VulnerabilitiesPath, DefenderTenants.Vulnerability("CVE-2023-4863"));
        tenant.Add(DefenderTenants.MachinesVulnerabilitiesPath, DefenderTenants.ExposureRow(DefenderTenants.MachineId(1), "CVE-2023-4863"));
        tenant.Add(DefenderTenants.MachinesVulnerabilitiesPath, DefenderTenants.ExposureRow(DefenderTenants.MachineId(1), "CVE-2021-44228"));
        await using var cloud = await Cloud.StartAsync(tenant);

        var result = await StepHarness.RunWithDependenciesAsync(Integration, VulnerabilitiesSteps.FetchVulnerabilities, cloud, Timeouts.Token());

        // The bulk listing, the vulnerability list, then GET /vulnerabilities/CVE-2021-44228 (a 404).
        Assert.Equal(3, result.Step.Requests);
        Assert.Single(result.EntitiesOf(VulnerabilitiesTypes.Vulnerability.Type));
        Assert.Single(result.RelationshipsOf(VulnerabilitiesTypes.MachineIdentifiedVulnerability.Type));
    }

    /// <summary>Spec §B9.1.2 for logon users: one account that logged on to two machines.</summary>
    [Fact]
    public async Task Logon_user_on_two_machines_is_one_entity_with_a_relationship_from_each()
    {
        var tenant = DefenderTenants.Empty();
        foreach (var id in new[] { DefenderTenants.MachineId(1), DefenderTenants.MachineId(2) })
        {
            DefenderTenants.AddMachine(tenant, id);
            tenant.Add($"{DefenderTenants.MachinesPath}/{id}/logonusers", DefenderTenants.LogonUser("administrator1"));
        }

        await using var cloud = await Cloud.StartAsync(tenant);

        var result = await StepHarness.RunWithDependenciesAsync(Integration, LogonUsersSteps.FetchLogonUsers, cloud, Timeouts.Token());

        Assert.Single(result.EntitiesOf(LogonUsersTypes.LogonUser.Type));
        Assert.Equal(2, result.RelationshipsOf(LogonUsersTypes.MachineHasLogonUser.Type).Count);
    }

    [Fact]
    public async Task Generated_logon_users_are_collected_for_every_machine()
    {
        await using var cloud = await Cloud.StartAsync(DefenderTenants.Generated(machines: 15, logonUsersPerMachine: 2));

        var result = await StepHarness.RunWithDependenciesAsync(Integration, LogonUsersSteps.FetchLogonUsers, cloud, Timeouts.Token());

        var edges = result.RelationshipsOf(LogonUsersTypes.MachineHasLogonUser.Type);
        Assert.Equal(15, edges.Select(r => r.FromKey).Distinct().Count());
        Assert.Equal(edges.Select(r => r.ToKey).Distinct().Count(), result.EntitiesOf(LogonUsersTypes.LogonUser.Type).Count);
    }

    /// <summary>Spec §B9.1.1: the field list went out as a bare query string, so $select was never applied.</summary>
    [Fact]
    public async Task Users_are_read_with_a_real_select()
    {
        var tenant = DefenderTenants.Empty();
        tenant.Add("graph/v1.0/users", new JsonObject
        {
            ["id"] = "0b6a3c8e-0000-4000-8000-000000000001", ["displayName"] = "Dana Off", ["userPrincipalName"] = "dana@fabrikam.onmicrosoft.com",
            ["accountEnabled"] = false, ["userType"] = "Member", ["department"] = "Finance", ["employeeId"] = "E-17",
        });
        await using var cloud = await Cloud.StartAsync(tenant);

        var result = await StepHarness.RunWithDependenciesAsync(Integration, UsersSteps.FetchUsers, cloud, Timeouts.Token());

        var user = Assert.Single(result.EntitiesOf(UsersTypes.User.Type));
        Assert.DoesNotContain("department", user.RawData, StringComparison.Ordinal);
        Assert.Equal(false, user.Properties["active"]);
        Assert.Equal("Member", user.Properties["userType"]);
    }

    /// <summary>Spec §B9.1.5: after a failed page the reference re-emitted the previous one.</summary>
    [Fact]
    public async Task Users_across_pages_with_server_errors_are_each_collected_once()
    {
        var tenant = DefenderTenants.Empty();
        for (var i = 0; i < 2_100; i++)
        {
            tenant.Add("graph/v1.0/users", new JsonObject { ["id"] = $"0b6a3c8e-0000-4000-8000-{i:D12}", ["displayName"] = $"User {i}" });
        }

        await using var cloud = await Cloud.StartAsync(tenant, o => o with { Faults = new FaultOptions { ServerErrorRate = 0.3, Seed = 7 } });

        var result = await StepHarness.RunWithDependenciesAsync(Integration, UsersSteps.FetchUsers, cloud, Timeouts.Token());

        Assert.Equal(StepStatus.Success, result.Step.Status);
        Assert.Equal(2_100, result.EntitiesOf(UsersTypes.User.Type).Count);
        Assert.Equal(2_100, result.RelationshipsOf(UsersTypes.AccountHasUser.Type).Count);
        Assert.True(cloud.Host.Counters.ServerErrors(EmulatorApi.Graph) > 0);
    }

    [Fact]
    public async Task Machines_and_vulnerabilities_are_complete_when_defender_throttles()
    {
        var tenant = DefenderTenants.Generated(machines: 30, logonUsersPerMachine: 0);
        await using var cloud = await Cloud.StartAsync(tenant, o => o with { Faults = new FaultOptions { ThrottleRate = 0.2, Seed = 11 } });

        var result = await StepHarness.RunWithDependenciesAsync(Integration, VulnerabilitiesSteps.FetchVulnerabilities, cloud, Timeouts.Token());

        Assert.Equal(StepStatus.Success, result.Step.Status);
        Assert.Equal(30, result.AllEntities.Count(e => e.Type == MachinesTypes.Machine.Type));
        Assert.Equal(120, result.RelationshipsOf(VulnerabilitiesTypes.MachineIdentifiedVulnerability.Type).Count);
        Assert.True(cloud.Host.Counters.Throttled(EmulatorApi.Defender) > 0);
    }
}
