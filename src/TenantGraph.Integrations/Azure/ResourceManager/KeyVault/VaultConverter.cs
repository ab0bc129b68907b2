using System.Text.RegularExpressions;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.KeyVault;

/// <summary>azure-spec §5.3 <c>azure_keyvault_service</c>.</summary>
internal static partial class VaultConverter
{
    private static readonly EntityMap<Vault> Map = new(KeyVaultTypes.Vault)
    {
        Key = v => v.Id,
        Properties =
        {
            ["region"] = v => NormalizeLocation(v.Location),
            ["resourceGroup"] = v => ResourceId.Parse(v.Id).ResourceGroupName,
            ["endpoints"] = v => v.Properties?.VaultUri is { } uri ? new[] { uri } : null,
            ["vaultUrl"] = v => v.Properties?.VaultUri,
            ["category"] = _ => new[] { "infrastructure" },
            ["function"] = _ => new[] { "key-vault" },
            ["enableSoftDelete"] = v => v.Properties?.EnableSoftDelete,
            ["enablePurgeProtection"] = v => v.Properties?.EnablePurgeProtection,
            ["enableRbacAuthorization"] = v => v.Properties?.EnableRbacAuthorization,
            ["publicNetworkAccess"] = v => v.Properties?.PublicNetworkAccess,
            ["sku"] = v => v.Properties?.Sku?.Name,
        },
    };

    public static Entity ToEntity(ApiObject<Vault> vault, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(vault), links, vault.Value.Tags, "environment");

    /// <summary>
    /// The reference's <c>normalizeLocation</c>: lower-cased with only the first run of whitespace removed
    /// (<c>East US 2</c> → <c>eastus 2</c>); kept for parity (azure-spec §2.3).
    /// </summary>
    public static string? NormalizeLocation(string? location) =>
        location is null ? null : Whitespace().Replace(location.ToLowerInvariant(), string.Empty, 1);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
