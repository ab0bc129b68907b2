using TenantGraph.Core.Steps;
using TenantGraph.Emulator;
using TenantGraph.Emulator.Generation;
using TenantGraph.Integrations.Microsoft365;
using TenantGraph.Integrations.Microsoft365.ActiveDirectory;
using TenantGraph.Integrations.Microsoft365.Intune;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Microsoft365;

/// <summary>The whole microsoft-365 integration against generated tenants: with and without Intune, permissions, faults.</summary>
public sealed class GeneratedTenantCollectionTests
{
    private static GeneratorOptions Small(bool intune = true) => new()
    {
        Seed = 7, Users = 40, Groups = 8, Memberships = 90, Devices = 12, ManagedDevices = 12, DetectedAppsPerDevice = 4,
        ManagedApps = 4, CompliancePolicies = 2, DeviceConfigurations = 2, DefenderMachines = 0, Subscriptions = 0,
        IntuneLicensed = intune,
    };

    [Fact]
    public async Task Generated_tenant_is_collected_in_full()
    {
        await using var cloud = await Cloud.StartAsync(TenantGenerator.Generate(Small()));
        var collection = await IntegrationHarness.RunAsync(new Microsoft365Integration(), cloud, Timeouts.Token());

        Assert.All(collection.Run.Steps, s => Assert.True(s.Status == StepStatus.Success, $"{s.Id}: {s.Status} {s.Error}"));
        Assert.Equal(40, collection.EntitiesOf(ActiveDirectoryTypes.User.Type).Count);
        Assert.Equal(8, collection.EntitiesOf(ActiveDirectoryTypes.Group.Type).Count);
        Assert.Equal(12, collection.EntitiesOf(IntuneTypes.HostAgent.Type).Count);
        Assert.NotEmpty(collection.EntitiesOf(IntuneTypes.DetectedApplication.Type));
    }

    [Fact]
    public async Task Group_memberships_use_a_type_per_member_kind()
    {
        await using var cloud = await Cloud.StartAsync(TenantGenerator.Generate(Small()));
        var collection = await IntegrationHarness.RunAsync(new Microsoft365Integration(), cloud, Timeouts.Token());

        Assert.NotEmpty(collection.RelationshipsOf("azure_group_has_user"));
        Assert.NotEmpty(collection.RelationshipsOf("azure_group_has_group"));
        Assert.All(collection.RelationshipsOf("azure_group_has_user").Concat(collection.RelationshipsOf("azure_group_has_group")),
            r => Assert.False(r.IsMapped));
    }

    [Fact]
    public async Task Tenant_without_intune_runs_directory_steps_and_skips_intune_steps_saying_why()
    {
        await using var cloud = await Cloud.StartAsync(TenantGenerator.Generate(Small(intune: false)));
        var collection = await IntegrationHarness.RunAsync(new Microsoft365Integration(), cloud, Timeouts.Token());

        foreach (var id in IntuneSteps.Ids)
        {
            var step = collection.Step(id);
            Assert.Equal(StepStatus.Disabled, step.Status);
            Assert.Contains("Intune", step.DisabledReason, StringComparison.Ordinal);
        }

        Assert.Equal(StepStatus.Success, collection.Step(ActiveDirectorySteps.Users).Status);
        Assert.Equal(40, collection.EntitiesOf(ActiveDirectoryTypes.User.Type).Count);
        var account = Assert.Single(collection.EntitiesOf(ActiveDirectoryTypes.Account.Type));
        Assert.False(account.Properties.Contains("intuneAccountId"));
    }

    [Theory]
    [InlineData("DeviceManagementApps.Read.All", IntuneSteps.ManagedApplications)]
    [InlineData("DeviceManagementConfiguration.Read.All", IntuneSteps.CompliancePoliciesAndFindings)]
    [InlineData("DeviceManagementConfiguration.Read.All", IntuneSteps.DeviceConfigurationsAndFindings)]
    public async Task Missing_permission_fails_only_the_steps_that_need_it_and_names_it(string permission, string stepId)
    {
        await using var cloud = await Cloud.StartAsync(TenantGenerator.Generate(Small()),
            o => o with { Faults = new FaultOptions { DeniedPermissions = [permission] } });
        var collection = await IntegrationHarness.RunAsync(new Microsoft365Integration(), cloud, Timeouts.Token());

        var missing = Assert.Single(collection.Step(stepId).MissingPermissions);
        Assert.Contains(permission, missing.Permission, StringComparison.Ordinal);
        Assert.Equal(StepStatus.Success, collection.Step(IntuneSteps.ManagedDevices).Status);
        Assert.Equal(StepStatus.Success, collection.Step(ActiveDirectorySteps.Users).Status);
        Assert.All(collection.Step(stepId).DeclaredTypes, t => Assert.Contains(t, collection.Run.PartialTypes));
    }

    [Fact]
    public async Task Missing_managed_devices_permission_keeps_the_directory_complete()
    {
        await using var cloud = await Cloud.StartAsync(TenantGenerator.Generate(Small()),
            o => o with { Faults = new FaultOptions { DeniedPermissions = ["DeviceManagementManagedDevices.Read.All"] } });
        var collection = await IntegrationHarness.RunAsync(new Microsoft365Integration(), cloud, Timeouts.Token());

        Assert.Contains("DeviceManagementManagedDevices.Read.All",
            Assert.Single(collection.Step(IntuneSteps.ManagedDevices).MissingPermissions).Permission, StringComparison.Ordinal);
        Assert.Equal(StepStatus.Success, collection.Step(ActiveDirectorySteps.GroupMembers).Status);
        Assert.DoesNotContain(ActiveDirectoryTypes.User.Type, collection.Run.PartialTypes);
    }

    [Fact]
    public async Task Missing_service_config_permission_leaves_intune_steps_enabled()
    {
        await using var cloud = await Cloud.StartAsync(TenantGenerator.Generate(Small()),
            o => o with { Faults = new FaultOptions { DeniedPermissions = ["DeviceManagementServiceConfig.Read.All", "DeviceManagementConfiguration.Read.All"] } });
        var collection = await IntegrationHarness.RunAsync(new Microsoft365Integration(), cloud, Timeouts.Token());

        Assert.Equal(StepStatus.Success, collection.Step(IntuneSteps.ManagedDevices).Status);
        Assert.Equal(StepStatus.Success, collection.Step(ActiveDirectorySteps.Account).Status);
    }

    [Fact]
    public async Task Throttling_and_server_faults_do_not_change_what_is_collected()
    {
        var clean = await CollectAsync(FaultOptions.None);
        var faulty = await CollectAsync(new FaultOptions { ThrottleRate = 0.15, ServerErrorRate = 0.1, Seed = 3 });

        Assert.All(faulty.Run.Steps, s => Assert.True(s.Status == StepStatus.Success, $"{s.Id}: {s.Status} {s.Error}"));
        Assert.Equal(clean.Entities.Select(e => e.Key).Order(StringComparer.Ordinal), faulty.Entities.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(clean.Relationships.Select(r => r.Key).Order(StringComparer.Ordinal), faulty.Relationships.Select(r => r.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Severity_filter_keeps_only_findings_of_the_named_severities()
    {
        await using var cloud = await Cloud.StartAsync(TenantGenerator.Generate(Small()));
        var settings = new IntegrationSettings(new Dictionary<string, System.Text.Json.JsonElement>
        {
            ["vulnerabilitySeverities"] = System.Text.Json.JsonSerializer.SerializeToElement(" medium "),
        });
        var collection = await IntegrationHarness.RunAsync(new Microsoft365Integration(), cloud, Timeouts.Token(), settings);

        Assert.All(collection.EntitiesOf(IntuneTypes.NoncomplianceFinding.Type), f => Assert.Equal("medium", f.Properties["severity"]));
    }

    private static async Task<IntegrationRun> CollectAsync(FaultOptions faults)
    {
        await using var cloud = await Cloud.StartAsync(TenantGenerator.Generate(Small()), o => o with { Faults = faults });
        return await IntegrationHarness.RunAsync(new Microsoft365Integration(), cloud, Timeouts.Token());
    }
}
