using TenantGraph.Core.Steps;
using TenantGraph.Emulator;
using TenantGraph.Integrations.Azure.ResourceManager.Network;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Tests.Azure.Support;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure;

/// <summary>Missing permissions, throttling, paging, empty and missing subscriptions (azure-spec §3.3, §4.3).</summary>
public sealed class AzureFailureTests(ContosoRun contoso) : IClassFixture<ContosoRun>
{
    private static readonly IntegrationSettings Settings = AzureTenant.Settings(Contoso.Subscription, ingestActiveDirectory: true);

    [Fact]
    public async Task Missing_security_group_read_names_the_permission_and_marks_the_types_partial()
    {
        await using var cloud = await Cloud.StartAsync(Contoso.Tenant().Data,
            o => o with { Faults = new FaultOptions { DeniedPermissions = ["Microsoft.Network/networkSecurityGroups/read"] } });

        var result = await IntegrationHarness.RunAsync(new AzureIntegration(), cloud, Timeouts.Token(), Settings);

        var step = result.Step(NetworkSteps.RmNetworkSecurityGroups);
        Assert.Equal(StepStatus.Failure, step.Status);
        var missing = Assert.Single(step.MissingPermissions);
        Assert.Contains("Microsoft.Network/networkSecurityGroups/read", missing.Permission, StringComparison.Ordinal);
        Assert.Contains("azure_security_group", result.PartialTypes);
    }

    [Fact]
    public async Task Missing_security_group_read_leaves_the_rest_of_the_estate_collected()
    {
        await using var cloud = await Cloud.StartAsync(Contoso.Tenant().Data,
            o => o with { Faults = new FaultOptions { DeniedPermissions = ["Microsoft.Network/networkSecurityGroups/read"] } });

        var result = await IntegrationHarness.RunAsync(new AzureIntegration(), cloud, Timeouts.Token(), Settings);

        Assert.Single(result.EntitiesOf("azure_vm"));
        Assert.Single(result.EntitiesOf("azure_vnet"));
        Assert.Equal(StepStatus.Success, result.Step("rm-storage-tables").Status);
        Assert.Empty(result.EntitiesOf("azure_security_group"));
    }

    [Fact]
    public async Task Throttled_requests_are_retried_until_the_whole_estate_is_collected()
    {
        var expected = await contoso.ResultAsync(Timeouts.Token());
        await using var cloud = await Cloud.StartAsync(Contoso.Tenant().Data,
            o => o with { Faults = new FaultOptions { ThrottleRate = 0.25, Seed = 7 } });

        var result = await IntegrationHarness.RunAsync(new AzureIntegration(), cloud, Timeouts.Token(120), Settings);

        Assert.DoesNotContain(result.Run.Steps, s => s.Status != StepStatus.Success);
        Assert.Equal(expected.Entities.Select(e => e.Key).Order(StringComparer.Ordinal), result.Entities.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Relationships.Count, result.Relationships.Count);
        Assert.True(cloud.Client.TotalsFor(global::TenantGraph.Microsoft.MicrosoftApi.ResourceManager).ThrottledResponses > 0);
    }

    [Fact]
    public async Task Every_page_of_every_listing_is_followed()
    {
        var expected = await contoso.ResultAsync(Timeouts.Token());
        await using var cloud = await Cloud.StartAsync(Contoso.Tenant().Data, o => o with { ArmPageSize = 1 });

        var result = await IntegrationHarness.RunAsync(new AzureIntegration(), cloud, Timeouts.Token(), Settings);

        Assert.Equal(6, result.EntitiesOf("azure_role_assignment").Count);
        Assert.Equal(expected.Entities.Select(e => e.Key).Order(StringComparer.Ordinal), result.Entities.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Subscription_without_resources_answers_every_listing_with_nothing()
    {
        var tenant = new AzureTenant().Subscription(Contoso.Subscription, "Empty");
        await using var cloud = await Cloud.StartAsync(tenant.Data);

        var result = await IntegrationHarness.RunAsync(new AzureIntegration(), cloud, Timeouts.Token(), AzureTenant.Settings(Contoso.Subscription));

        Assert.DoesNotContain(result.Run.Steps, s => s.Status is StepStatus.Failure);
        Assert.Single(result.EntitiesOf("azure_subscription"));
        Assert.Single(result.EntitiesOf("azure_classic_admin_group"));
    }

    [Fact]
    public async Task Configured_subscription_that_does_not_exist_is_named_and_the_others_are_read()
    {
        const string missing = "99999999-9999-4999-8999-999999999999";
        await using var cloud = await Cloud.StartAsync(Contoso.Tenant().Data);

        var result = await IntegrationHarness.RunAsync(new AzureIntegration(), cloud, Timeouts.Token(), AzureTenant.Settings(Contoso.Subscription, false, missing));

        var step = result.Step(ResourcesSteps.RmSubscriptions);
        Assert.Equal(StepStatus.Failure, step.Status);
        Assert.Contains(missing, step.Error, StringComparison.Ordinal);
        Assert.Single(result.EntitiesOf("azure_vm"));
    }
}
