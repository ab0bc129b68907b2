using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.CosmosDb;

/// <summary><c>Microsoft.DocumentDB/databaseAccounts</c> (api 2023-04-15).</summary>
internal sealed record DatabaseAccount(string Id, string Name, string? Type, string? Location, string? Kind,
    DatabaseAccountProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record DatabaseAccountProperties(string? DocumentEndpoint, bool? EnableAutomaticFailover,
    bool? EnableMultipleWriteLocations, bool? IsVirtualNetworkFilterEnabled, string? IpRangeFilter,
    IReadOnlyList<IpAddressOrRange>? IpRules, string? PublicNetworkAccess, bool? DisableLocalAuth,
    bool? DisableKeyBasedMetadataWriteAccess, string? MinimalTlsVersion, string? KeyVaultKeyUri,
    string? DatabaseAccountOfferType, IReadOnlyList<DatabaseAccountLocation>? ReadLocations,
    IReadOnlyList<DatabaseAccountLocation>? WriteLocations);

internal sealed record IpAddressOrRange([property: JsonPropertyName("ipAddressOrRange")] string? IpAddressOrRangeValue);

internal sealed record DatabaseAccountLocation(string? LocationName, string? DocumentEndpoint);

/// <summary><c>…/databaseAccounts/{name}/sqlDatabases</c>.</summary>
internal sealed record SqlDatabase(string Id, string Name, string? Type);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DatabaseAccount))]
[JsonSerializable(typeof(SqlDatabase))]
internal sealed partial class AzureCosmosDbJsonContext : JsonSerializerContext;
