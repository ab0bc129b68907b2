using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.PrivateDns;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.PrivateDns;

public sealed class PrivateDnsStepsTests
{
    [Fact]
    public async Task Zone_has_its_record_sets_read_from_camel_case_json()
    {
        var arm = new RecordedArm()
            .AddObject("providers/Microsoft.Network/privateDnsZones", """
                {"id":"/subscriptions/{S}/resourceGroups/j1dev/providers/Microsoft.Network/privateDnsZones/jupiterone-dev.com","name":"jupiterone-dev.com","type":"Microsoft.Network/privateDnsZones","location":"global","properties":{"numberOfRecordSets":2}}
                """)
            .Add("d3803fd6-2ba4-4286-80aa-f3d613ad59a7/resourceGroups/j1dev/providers/Microsoft.Network/privateDnsZones/jupiterone-dev.com/ALL");
        await using var cloud = await arm.StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), PrivateDnsSteps.RmPrivateDnsRecordSets, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        var soa = Assert.Single(result.EntitiesOf(PrivateDnsTypes.RecordSet.Type), r => r.Properties["type"] as string == "SOA");
        Assert.Equal(3600L, Convert.ToInt64(soa.Properties["TTL"]));
        Assert.Equal(2, result.RelationshipsOf(PrivateDnsTypes.ZoneHasRecordSet.Type).Count);
    }

    [Fact]
    public async Task Subscription_without_private_zones_yields_none()
    {
        await using var cloud = await new RecordedArm().StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), PrivateDnsSteps.RmPrivateDnsZones, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        Assert.Empty(result.EntitiesOf(PrivateDnsTypes.Zone.Type));
        Assert.Empty(result.PartialTypes);
    }
}
