using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.Cdn;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.Cdn;

public sealed class CdnStepsTests
{
    [Fact]
    public async Task Profiles_have_their_public_endpoints_despite_lower_case_resource_group_segments()
    {
        var arm = new RecordedArm()
            .Add("subscription-id/providers/Microsoft.Cdn/profiles")
            .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.Cdn/profiles/*/endpoints");
        await using var cloud = await arm.StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), CdnSteps.RmCdnEndpoints, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        var endpoints = result.EntitiesOf(CdnTypes.Endpoint.Type);
        Assert.NotEmpty(endpoints);
        Assert.Equal(endpoints.Count, result.RelationshipsOf(CdnTypes.ProfileHasEndpoint.Type).Count);
        var example = Assert.Single(endpoints, e => e.Key.EndsWith("/ExampleEndpointj1", StringComparison.Ordinal));
        Assert.Equal(true, example.Properties["public"]);
        Assert.Equal(true, example.Properties["isHttpAllowed"]);
        Assert.Equal(3, result.AllEntities.Count(e => e.Type == CdnTypes.Profile.Type));
    }
}
