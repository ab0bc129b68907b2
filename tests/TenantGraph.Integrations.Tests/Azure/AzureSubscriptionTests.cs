using TenantGraph.Core.Steps;
using TenantGraph.Emulator;
using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.KeyVault;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;
using TenantGraph.Integrations.Tests.Azure.Support;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure;

/// <summary>Several subscriptions: every visible one, or a list; read concurrently, each within its own budget.</summary>
public sealed class AzureSubscriptionTests
{
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(200);

    private static string SubscriptionId(int i) => $"0b1f6a1c-{i:D4}-4a2b-8c3d-4e5f6a7b8c9d";

    private static AzureTenant Estate(int subscriptions)
    {
        var tenant = new AzureTenant();
        for (var i = 0; i < subscriptions; i++)
        {
            Contoso.Add(tenant, SubscriptionId(i), $"Subscription {i}");
        }

        return tenant;
    }

    [Fact]
    public async Task Star_reads_every_subscription_the_app_can_see()
    {
        await using var cloud = await Cloud.StartAsync(Estate(10).Data);

        var result = await IntegrationHarness.RunAsync(new AzureIntegration(), cloud, Timeouts.Token(120), AzureTenant.Settings(subscriptions: "*"));

        Assert.DoesNotContain(result.Run.Steps, s => s.Status is not (StepStatus.Success or StepStatus.Disabled));
        Assert.Equal(10, result.EntitiesOf("azure_subscription").Count);
        Assert.Equal(10, result.EntitiesOf("azure_vm").Count);
        Assert.Equal(10, result.EntitiesOf("azure_security_group").Count);
        Assert.Equal(60, result.EntitiesOf("azure_role_assignment").Count);
    }

    [Fact]
    public async Task Listed_subscriptions_are_the_only_ones_read()
    {
        await using var cloud = await Cloud.StartAsync(Estate(3).Data);

        var result = await IntegrationHarness.RunAsync(new AzureIntegration(), cloud, Timeouts.Token(), AzureTenant.Settings(SubscriptionId(0), false, SubscriptionId(2)));

        Assert.Equal([$"/subscriptions/{SubscriptionId(0)}", $"/subscriptions/{SubscriptionId(2)}"],
            result.EntitiesOf("azure_subscription").Select(s => s.Key).Order(StringComparer.Ordinal).ToArray());
        Assert.DoesNotContain(result.Entities, e => e.Key.Contains(SubscriptionId(1), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_subscription_does_not_stop_the_others()
    {
        // Only the first subscription's security groups are refused; the step still reads the others and ends partial.
        await using var cloud = await Cloud.StartAsync(Estate(3).Data, o => o with
        {
            Faults = new FaultOptions { DeniedPermissions = ["Microsoft.Network/networkSecurityGroups/read"] },
        });

        var result = await IntegrationHarness.RunAsync(new AzureIntegration(), cloud, Timeouts.Token(), AzureTenant.Settings(subscriptions: "*"));

        Assert.Equal(StepStatus.Failure, result.Step("rm-network-security-groups").Status);
        Assert.Equal(3, result.EntitiesOf("azure_vm").Count);
    }

    [Fact]
    public async Task Every_subscription_is_read_at_once()
    {
        // More subscriptions than a fixed handful; with latency every listing is still in flight when the last starts.
        var tenant = new AzureTenant();
        for (var i = 0; i < 7; i++)
        {
            VaultsIn(tenant, SubscriptionId(i), 1);
        }

        await using var cloud = await Cloud.StartAsync(tenant.Data, o => o with { Faults = new FaultOptions { Latency = Latency } });

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), KeyVaultSteps.RmKeyvaultVaults, cloud, Timeouts.Token(),
            AzureTenant.Settings(subscriptions: "*"));

        Assert.Equal(7, result.EntitiesOf("azure_keyvault_service").Count);
        Assert.Equal(7, cloud.Host.Counters.PeakArmSubscriptionsInFlight);
    }

    [Fact]
    public async Task A_subscriptions_per_resource_reads_overlap_up_to_the_fan_out()
    {
        // Each vault's diagnostic settings are one read; twelve vaults need more than one round of the fan-out.
        var tenant = new AzureTenant();
        VaultsIn(tenant, SubscriptionId(0), 12);
        await using var cloud = await Cloud.StartAsync(tenant.Data, o => o with { Faults = new FaultOptions { Latency = Latency } });

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), KeyVaultSteps.RmKeyvaultVaults, cloud, Timeouts.Token(),
            AzureTenant.Settings(subscriptions: "*"));

        Assert.Equal(12, result.EntitiesOf("azure_keyvault_service").Count);
        Assert.InRange(cloud.Host.Counters.PeakArmRequestsInFlightPerSubscription, 2, ResourceFanOut.Parallelism);
    }

    [Fact]
    public async Task A_refused_read_of_one_resource_does_not_stop_the_rest_of_its_subscription()
    {
        // Every vault's diagnostic settings are refused: each vault is still collected, and the step ends partial.
        var tenant = new AzureTenant();
        VaultsIn(tenant, SubscriptionId(0), 12);
        await using var cloud = await Cloud.StartAsync(tenant.Data,
            o => o with { Faults = new FaultOptions { DeniedPermissions = ["Microsoft.Insights/diagnosticSettings/read"] } });

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), KeyVaultSteps.RmKeyvaultVaults, cloud, Timeouts.Token(),
            AzureTenant.Settings(subscriptions: "*"));

        Assert.Equal(StepStatus.Failure, result.Step.Status);
        Assert.Contains("Microsoft.Insights/diagnosticSettings/read", Assert.Single(result.Step.MissingPermissions).Permission, StringComparison.Ordinal);
        Assert.Equal(12, result.EntitiesOf("azure_keyvault_service").Count);
    }

    private static void VaultsIn(AzureTenant tenant, string subscriptionId, int vaults)
    {
        tenant.Subscription(subscriptionId, $"Subscription {subscriptionId[9..13]}").ResourceGroup(subscriptionId, "rg-kv");
        for (var v = 0; v < vaults; v++)
        {
            tenant.Arm(subscriptionId, "providers/Microsoft.KeyVault/vaults", $$$"""
                {"id":"/subscriptions/{S}/resourceGroups/rg-kv/providers/Microsoft.KeyVault/vaults/kv{{{v}}}","name":"kv{{{v}}}",
                 "type":"Microsoft.KeyVault/vaults","location":"eastus","properties":{"vaultUri":"https://kv{{{v}}}.vault.azure.net/"}}
                """);
        }
    }
}
