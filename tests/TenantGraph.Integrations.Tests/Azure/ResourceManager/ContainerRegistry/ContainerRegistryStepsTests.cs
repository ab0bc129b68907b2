using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.ContainerRegistry;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.ContainerRegistry;

public sealed class ContainerRegistryStepsTests
{
    [Fact]
    public async Task Registry_has_its_webhook_and_reports_encryption_and_admin_user()
    {
        var arm = new RecordedArm()
            .Add("subscription-id/providers/Microsoft.ContainerRegistry/registries")
            .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.ContainerRegistry/registries/deletethis/webhooks");
        await using var cloud = await arm.StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), ContainerRegistrySteps.RmContainerRegistryWebhooks,
            cloud, Timeouts.Token(), RecordedArm.Settings);

        var webhook = Assert.Single(result.EntitiesOf(ContainerRegistryTypes.Webhook.Type));
        Assert.Equal("NOT_RETURNED_FROM_AZURE_API", webhook.Properties["address"]);
        Assert.Single(result.RelationshipsOf(ContainerRegistryTypes.RegistryHasWebhook.Type));
        var registry = Assert.Single(result.AllEntities, e => e.Key.EndsWith("/registries/ContainerRegistryj1", StringComparison.Ordinal));
        Assert.Equal(false, registry.Properties["encrypted"]);
        Assert.Equal(false, registry.Properties["adminUserEnabled"]);
        Assert.Equal("Enabled", registry.Properties["publicNetworkAccess"]);
    }
}
