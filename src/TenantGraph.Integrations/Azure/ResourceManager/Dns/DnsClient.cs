using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Dns;

/// <summary>
/// Public DNS zones and their record sets. A subscription without the Microsoft.Network provider registered
/// answers with a registration error, which <see cref="ArmListing"/> reads as no zones (CHANGELOG 5.31.0).
/// </summary>
internal sealed class DnsClient(StepContext context)
{
    private const string ApiVersion = "2018-05-01";

    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<DnsZone>> ListZonesAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.Network/dnszones", ApiVersion,
                "Microsoft.Network/dnszones/read"),
            AzureDnsJsonContext.Default.DnsZone, cancellationToken);

    public IAsyncEnumerable<ApiObject<RecordSet>> ListRecordSetsAsync(string zoneId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"{zoneId}/recordsets", ApiVersion, "Microsoft.Network/dnszones/recordsets/read"),
            AzureDnsJsonContext.Default.RecordSet, cancellationToken);
}
