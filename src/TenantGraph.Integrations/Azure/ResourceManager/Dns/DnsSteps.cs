using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Dns;

/// <summary>Public DNS zones and their record sets (azure-spec §3.2).</summary>
internal static class DnsSteps
{
    public const string RmDnsZones = "rm-dns-zones";
    public const string RmDnsRecordSets = "rm-dns-record-sets";

    public static readonly StepDefinition Zones = new(
        Id: RmDnsZones, Name: "DNS Zones",
        Entities: [DnsTypes.Zone],
        Relationships: [ResourceGroupEdges.Has(DnsTypes.Zone)],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.Network/dnszones/read"],
        Handler: FetchZonesAsync);

    public static readonly StepDefinition RecordSets = new(
        Id: RmDnsRecordSets, Name: "DNS Record Sets",
        Entities: [DnsTypes.RecordSet],
        Relationships: [DnsTypes.ZoneHasRecordSet],
        DependsOn: [RmDnsZones],
        Permissions: ["Microsoft.Network/dnszones/recordsets/read"],
        Handler: FetchRecordSetsAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [Zones, RecordSets];

    private static async Task FetchZonesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new DnsClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var zone in client.ListZonesAsync(subscriptionId, ct))
            {
                var entity = ZoneConverter.ToEntity(zone, instance.Links);
                context.JobState.AddEntity(entity);
                ResourceGroupEdges.TryAdd(context, entity);
            }
        }, cancellationToken);
    }

    private static async Task FetchRecordSetsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new DnsClient(context);
        await ChildListing.ForEachParentAsync(context, DnsTypes.Zone.Type, async (zoneKey, ct) =>
        {
            await foreach (var recordSet in client.ListRecordSetsAsync(zoneKey, ct))
            {
                var entity = RecordSetConverter.ToEntity(recordSet, instance.Links);
                context.JobState.AddEntity(entity);
                context.JobState.AddRelationship(DnsTypes.ZoneHasRecordSet.Create(zoneKey, entity.Key));
            }
        }, cancellationToken);
    }
}
