using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.ApiManagement;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.ApiManagement;

public sealed class ApiManagementStepsTests
{
    [Fact]
    public async Task Service_with_public_addresses_is_public_and_has_its_apis()
    {
        var arm = new RecordedArm()
            .Add("subscription-id/providers/Microsoft.ApiManagement/service")
            .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.ApiManagement/service/ResourceDelete1/apis");
        await using var cloud = await arm.StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), ApiManagementSteps.RmApiManagementApis, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        var echo = Assert.Single(result.EntitiesOf(ApiManagementTypes.Api.Type), a => a.Key.EndsWith("/apis/echo-api", StringComparison.Ordinal));
        Assert.Equal("echo", echo.Properties["address"]);
        Assert.Equal(2, result.RelationshipsOf(ApiManagementTypes.ServiceHasApi.Type).Count);
        var service = Assert.Single(result.AllEntities, e => e.Key.EndsWith("/service/asdfgroup", StringComparison.Ordinal));
        Assert.Equal(true, service.Properties["public"]);
        Assert.Equal(false, service.Properties["tls10Enabled"]);
    }
}
