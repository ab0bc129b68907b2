using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.CosmosDb;

/// <summary>
/// azure-spec §5.8 <c>azure_cosmosdb_account</c>. <c>ipRangeFilter</c> is the reference's comma-joined firewall
/// list; newer API versions return <c>ipRules</c> instead, joined the same way.
/// </summary>
internal static class DatabaseAccountConverter
{
    private static readonly EntityMap<DatabaseAccount> Map = new(CosmosDbTypes.Account)
    {
        Key = a => a.Id,
        Properties =
        {
            ["id"] = a => a.Id,
            ["name"] = a => a.Name,
            ["displayName"] = a => a.Name,
            ["type"] = a => a.Type,
            ["kind"] = a => a.Kind,
            ["region"] = a => ArmLocation.Normalize(a.Location),
            ["resourceGroup"] = a => ResourceId.Parse(a.Id).ResourceGroupName,
            ["vendor"] = _ => "Microsoft",
            ["category"] = _ => new[] { "infrastructure" },
            ["function"] = _ => new[] { "database" },
            ["endpoints"] = a => (a.Properties?.ReadLocations ?? []).Select(l => l.DocumentEndpoint).OfType<string>().ToArray(),
            ["documentEndpoint"] = a => a.Properties?.DocumentEndpoint,
            ["enableAutomaticFailover"] = a => a.Properties?.EnableAutomaticFailover,
            ["enableMultipleWriteLocations"] = a => a.Properties?.EnableMultipleWriteLocations,
            ["isVirtualNetworkFilterEnabled"] = a => a.Properties?.IsVirtualNetworkFilterEnabled,
            ["ipRangeFilter"] = IpRangeFilter,
            ["publicNetworkAccess"] = a => a.Properties?.PublicNetworkAccess,
            ["disableLocalAuth"] = a => a.Properties?.DisableLocalAuth,
            ["disableKeyBasedMetadataWriteAccess"] = a => a.Properties?.DisableKeyBasedMetadataWriteAccess,
            ["minimalTlsVersion"] = a => a.Properties?.MinimalTlsVersion,
            ["customerManagedKeyEnabled"] = a => a.Properties is null ? null : a.Properties.KeyVaultKeyUri is { Length: > 0 },
            ["databaseAccountOfferType"] = a => a.Properties?.DatabaseAccountOfferType,
        },
    };

    public static Entity ToEntity(ApiObject<DatabaseAccount> account, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(account), links, account.Value.Tags, "environment");

    private static string? IpRangeFilter(DatabaseAccount account) =>
        account.Properties?.IpRangeFilter is { } filter
            ? filter
            : account.Properties?.IpRules is { } rules
                ? string.Join(',', rules.Select(r => r.IpAddressOrRangeValue).OfType<string>())
                : null;
}
