using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Dns;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.PrivateDns;

/// <summary>Private DNS zones and their record sets (azure-spec §3.2), converted by the public DNS family's maps.</summary>
internal static class PrivateDnsSteps
{
    public const string RmPrivateDnsZones = "rm-private-dns-zones";
    public const string RmPrivateDnsRecordSets = "rm-private-dns-record-sets";

    public static readonly StepDefinition Zones = new(
        Id: RmPrivateDnsZones, Name: "Private DNS Zones",
        Entities: [PrivateDnsTypes.Zone],
        Relationships: [ResourceGroupEdges.Has(PrivateDnsTypes.Zone)],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.Network/privateDnsZones/read"],
        Handler: FetchZonesAsync);

    public static readonly StepDefinition RecordSets = new(
        Id: RmPrivateDnsRecordSets, Name: "Private DNS Record Sets",
        Entities: [PrivateDnsTypes.RecordSet],
        Relationships: [PrivateDnsTypes.ZoneHasRecordSet],
        DependsOn: [RmPrivateDnsZones],
        Permissions: ["Microsoft.Network/privateDnsZones/ALL/read"],
        Handler: FetchRecordSetsAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [Zones, RecordSets];

    private static async Task FetchZonesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new PrivateDnsClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var zone in client.ListZonesAsync(subscriptionId, ct))
            {
                var entity = ZoneConverter.ToEntity(zone, PrivateDnsTypes.Zone, instance.Links);
                context.JobState.AddEntity(entity);
                ResourceGroupEdges.TryAdd(context, entity);
            }
        }, cancellationToken);
    }

    private static async Task FetchRecordSetsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new PrivateDnsClient(context);
        await ChildListing.ForEachParentAsync(context, PrivateDnsTypes.Zone.Type, async (zoneKey, ct) =>
        {
            await foreach (var recordSet in client.ListRecordSetsAsync(zoneKey, ct))
            {
                var entity = RecordSetConverter.ToEntity(recordSet, PrivateDnsTypes.RecordSet, instance.Links);
                context.JobState.AddEntity(entity);
                context.JobState.AddRelationship(PrivateDnsTypes.ZoneHasRecordSet.Create(zoneKey, entity.Key));
            }
        }, cancellationToken);
    }
}
