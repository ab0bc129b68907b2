using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.KeyVault;

/// <summary><c>Microsoft.KeyVault/vaults</c>: the subscription listing carries the full vault, so no per-vault GET.</summary>
internal sealed record Vault(string Id, string? Name, string? Type, string? Location, VaultProperties? Properties,
    IReadOnlyDictionary<string, string?>? Tags);

internal sealed record VaultProperties(string? VaultUri, string? TenantId, bool? EnableSoftDelete, bool? EnablePurgeProtection,
    bool? EnableRbacAuthorization, int? SoftDeleteRetentionInDays, string? PublicNetworkAccess, VaultSku? Sku);

internal sealed record VaultSku(string? Name, string? Family);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Vault))]
internal sealed partial class AzureKeyVaultJsonContext : JsonSerializerContext;
