using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Defender.Account;
using TenantGraph.Integrations.Defender.Machines;
using TenantGraph.Integrations.Defender.Users;
using TenantGraph.Integrations.Defender.Vulnerabilities;
using TenantGraph.Integrations.Defender;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Defender;

/// <summary>
/// Each step against the emulator loaded with the recorded tenant (the reference's fixtures), compared with what
/// the reference produced from the same recordings. The recordings hold nine of the tenant's sixteen machines in
/// the reference output. The recordings have no bulk vulnerability export (the reference read machine by machine);
/// Defender always serves one, so the vulnerability tests derive it from the recorded per-machine lists.
/// </summary>
public sealed class DefenderRecordedTenantTests
{
    private static readonly DefenderIntegration Integration = new();

    [Fact]
    public async Task Account_has_the_reference_organization_fields()
    {
        await using var cloud = await Cloud.StartAsync(Cloud.Recorded("defender"));

        var result = await StepHarness.RunWithDependenciesAsync(Integration, AccountSteps.FetchAccount, cloud, Timeouts.Token());

        var account = Assert.Single(result.EntitiesOf(AccountTypes.Account.Type));
        // The key and displayName name the instance; the reference's was "local-integration-instance".
        ReferenceGraph.AssertSameProperties(ReferenceGraph.Entities(AccountTypes.Account.Type)[0], account, "displayName");
    }

    [Fact]
    public async Task Users_equal_the_reference_users_with_their_account_relationships()
    {
        await using var cloud = await Cloud.StartAsync(Cloud.Recorded("defender"));

        var result = await StepHarness.RunWithDependenciesAsync(Integration, UsersSteps.FetchUsers, cloud, Timeouts.Token());

        var users = result.EntitiesOf(UsersTypes.User.Type).ToDictionary(u => u.Key);
        var reference = ReferenceGraph.Entities(UsersTypes.User.Type);
        Assert.Equal(38, users.Count);
        Assert.Equal(reference.Count, users.Count);
        foreach (var expected in reference)
        {
            // username is a list in data model 0.62 (the reference wrote the UPN as text).
            ReferenceGraph.AssertSameProperties(expected, users[expected.GetProperty("_key").GetString()!], "username");
        }

        Assert.Equal(38, result.RelationshipsOf(UsersTypes.AccountHasUser.Type).Count);
    }

    [Fact]
    public async Task Machines_include_every_reference_machine_with_the_same_properties()
    {
        await using var cloud = await Cloud.StartAsync(Cloud.Recorded("defender"));

        var result = await StepHarness.RunWithDependenciesAsync(Integration, MachinesSteps.FetchMachines, cloud, Timeouts.Token());

        var machines = result.EntitiesOf(MachinesTypes.Machine.Type).ToDictionary(m => m.Key);
        Assert.Equal(16, machines.Count);
        foreach (var expected in ReferenceGraph.Entities(MachinesTypes.Machine.Type))
        {
            ReferenceGraph.AssertSameProperties(expected, machines[expected.GetProperty("_key").GetString()!]);
        }

        Assert.Equal(16, result.RelationshipsOf(MachinesTypes.AccountHasMachine.Type).Count);
    }

    [Fact]
    public async Task Endpoints_include_every_reference_endpoint_with_the_same_properties()
    {
        await using var cloud = await Cloud.StartAsync(Cloud.Recorded("defender"));

        var result = await StepHarness.RunWithDependenciesAsync(Integration, MachinesSteps.FetchEndpoints, cloud, Timeouts.Token());

        var endpoints = result.EntitiesOf(MachinesTypes.Endpoint.Type).ToDictionary(m => m.Key);
        Assert.Equal(16, endpoints.Count);
        foreach (var expected in ReferenceGraph.Entities(MachinesTypes.Endpoint.Type))
        {
            // deviceId is a list in data model 0.62 (the reference wrote the machine id as text).
            ReferenceGraph.AssertSameProperties(expected, endpoints[expected.GetProperty("_key").GetString()!], "deviceId");
        }

        var manages = result.RelationshipsOf(MachinesTypes.MachineManagesEndpoint.Type).Select(r => r.Key).ToHashSet();
        Assert.Equal(16, manages.Count);
        Assert.Subset(manages, ReferenceGraph.Relationships(MachinesTypes.MachineManagesEndpoint.Type)
            .Select(r => r.GetProperty("_key").GetString()!).ToHashSet());
    }

    [Fact]
    public async Task Vulnerabilities_equal_the_reference_with_every_identified_relationship()
    {
        await using var cloud = await Cloud.StartAsync(RecordedWithBulkExports());

        var result = await StepHarness.RunWithDependenciesAsync(Integration, VulnerabilitiesSteps.FetchVulnerabilities, cloud, Timeouts.Token());

        var vulnerabilities = result.EntitiesOf(VulnerabilitiesTypes.Vulnerability.Type).ToDictionary(v => v.Key);
        var reference = ReferenceGraph.Entities(VulnerabilitiesTypes.Vulnerability.Type);
        Assert.Equal(51, reference.Count);
        Assert.Equal(reference.Count, vulnerabilities.Count);
        foreach (var expected in reference)
        {
            ReferenceGraph.AssertSameProperties(expected, vulnerabilities[expected.GetProperty("_key").GetString()!]);
        }

        Assert.Equal(
            ReferenceGraph.Relationships(VulnerabilitiesTypes.MachineIdentifiedVulnerability.Type).Select(r => r.GetProperty("_key").GetString()).Order(),
            result.RelationshipsOf(VulnerabilitiesTypes.MachineIdentifiedVulnerability.Type).Select(r => r.Key).Order());
    }

    [Fact]
    public async Task Cve_relationships_equal_the_reference_mapped_relationships()
    {
        await using var cloud = await Cloud.StartAsync(RecordedWithBulkExports());

        var result = await StepHarness.RunWithDependenciesAsync(Integration, VulnerabilitiesSteps.BuildVulnerabilityCveRelationship, cloud, Timeouts.Token());

        var collected = result.RelationshipsOf(VulnerabilitiesTypes.VulnerabilityIsCve.Type).ToDictionary(r => r.Key);
        var reference = ReferenceGraph.Relationships(VulnerabilitiesTypes.VulnerabilityIsCve.Type);
        Assert.Equal(51, collected.Count);
        foreach (var expected in reference)
        {
            var relationship = collected[expected.GetProperty("_key").GetString()!];
            var target = expected.GetProperty("_mapping").GetProperty("targetEntity");
            foreach (var property in target.EnumerateObject())
            {
                Assert.Equal(System.Text.Json.JsonSerializer.Serialize(property.Value),
                    System.Text.Json.JsonSerializer.Serialize(relationship.Mapping!.TargetEntity[property.Name])); // mapped
            }
        }
    }

    [Fact]
    public async Task Whole_run_succeeds_with_both_audiences()
    {
        await using var cloud = await Cloud.StartAsync(Cloud.Recorded("defender"));

        var run = await IntegrationHarness.RunAsync(new DefenderIntegration(), cloud, Timeouts.Token());

        Assert.All(run.Run.Steps, s => Assert.Equal(StepStatus.Success, s.Status));
        Assert.True(cloud.Host.Counters.Requests(Emulator.EmulatorApi.Graph) > 0);
        Assert.True(cloud.Host.Counters.Requests(Emulator.EmulatorApi.Defender) > 0);
    }

    /// <summary>
    /// The recorded tenant with the bulk export Defender would answer for it. Without one the emulator answers the
    /// bulk listing empty, as Defender does for a tenant with no exposures.
    /// </summary>
    private static Emulator.Data.TenantData RecordedWithBulkExports()
    {
        var tenant = Cloud.Recorded("defender");
        DefenderTenants.AddBulkExports(tenant);
        return tenant;
    }
}
