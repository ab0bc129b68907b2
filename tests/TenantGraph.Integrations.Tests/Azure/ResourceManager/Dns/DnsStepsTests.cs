using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.Dns;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.Dns;

public sealed class DnsStepsTests
{
    [Fact]
    public async Task Zone_has_its_record_sets_typed_by_record_kind()
    {
        var arm = new RecordedArm()
            .Add("subscription-id/providers/Microsoft.Network/dnszones")
            .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.Network/dnsZones/deletethisdnszone.com/recordsets");
        await using var cloud = await arm.StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), DnsSteps.RmDnsRecordSets, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        var ns = Assert.Single(result.EntitiesOf(DnsTypes.RecordSet.Type), r => r.Properties["type"] as string == "NS");
        Assert.Equal(172800L, Convert.ToInt64(ns.Properties["TTL"]));
        Assert.Contains("ns1-38.azure-dns.com.", (string[])ns.Properties["value"]!);
        Assert.Equal(2, result.RelationshipsOf(DnsTypes.ZoneHasRecordSet.Type).Count);
        var zone = Assert.Single(result.AllEntities, e => e.Type == DnsTypes.Zone.Type);
        Assert.Equal("deletethisdnszone.com", zone.Properties["domainName"]);
    }
}
