using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.Storage;

/// <summary><c>Microsoft.Storage/storageAccounts</c>.</summary>
internal sealed record StorageAccount(string Id, string? Name, string? Type, string? Location, string? Kind, StorageSku? Sku,
    StorageAccountProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record StorageSku(string? Name, string? Tier);

internal sealed record StorageAccountProperties(Endpoints? PrimaryEndpoints, RoutingEndpoints? MicrosoftEndpoints,
    RoutingEndpoints? InternetEndpoints, bool? SupportsHttpsTrafficOnly, StorageEncryption? Encryption,
    bool? AllowBlobPublicAccess, bool? AllowSharedKeyAccess, string? MinimumTlsVersion, NetworkRuleSet? NetworkAcls,
    DateTimeOffset? CreationTime, string? ProvisioningState);

internal sealed record Endpoints(string? Blob, string? Queue, string? Table, string? File, string? Web, string? Dfs);

internal sealed record RoutingEndpoints(string? Blob, string? Queue, string? Table, string? File, string? Web, string? Dfs);

internal sealed record StorageEncryption(EncryptionServices? Services, string? KeySource,
    [property: JsonPropertyName("keyvaultproperties")] KeyVaultProperties? KeyVaultProperties);

internal sealed record EncryptionServices(EncryptionService? Blob, EncryptionService? File, EncryptionService? Table, EncryptionService? Queue);

internal sealed record EncryptionService(bool? Enabled);

internal sealed record KeyVaultProperties(
    [property: JsonPropertyName("keyname")] string? KeyName,
    [property: JsonPropertyName("keyversion")] string? KeyVersion,
    [property: JsonPropertyName("keyvaulturi")] string? KeyVaultUri);

internal sealed record NetworkRuleSet(string? DefaultAction, string? Bypass, IReadOnlyList<IpRule>? IpRules);

internal sealed record IpRule(string? Value);

/// <summary>A blob container, file share, queue or table: the four child listings share this shape.</summary>
internal sealed record StorageChild(string Id, string? Name, string? Type, StorageChildProperties? Properties);

internal sealed record StorageChildProperties(string? PublicAccess, DateTimeOffset? LastModifiedTime, bool? HasImmutabilityPolicy,
    bool? HasLegalHold, int? ShareQuota, string? EnabledProtocols, string? AccessTier, string? TableName);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StorageAccount))]
[JsonSerializable(typeof(StorageChild))]
internal sealed partial class AzureStorageJsonContext : JsonSerializerContext;
