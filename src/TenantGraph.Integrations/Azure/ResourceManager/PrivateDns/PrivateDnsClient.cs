using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Dns;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.PrivateDns;

/// <summary>
/// Private DNS zones and all their record sets (<c>…/ALL</c>). The JSON has public DNS's shape in camelCase,
/// so the public family's records read it.
/// </summary>
internal sealed class PrivateDnsClient(StepContext context)
{
    private const string ApiVersion = "2020-06-01";

    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<DnsZone>> ListZonesAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.Network/privateDnsZones", ApiVersion,
                "Microsoft.Network/privateDnsZones/read"),
            AzureDnsJsonContext.Default.DnsZone, cancellationToken);

    public IAsyncEnumerable<ApiObject<RecordSet>> ListRecordSetsAsync(string zoneId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"{zoneId}/ALL", ApiVersion, "Microsoft.Network/privateDnsZones/ALL/read"),
            AzureDnsJsonContext.Default.RecordSet, cancellationToken);
}
