using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Storage;

/// <summary>azure-spec §5.6 <c>azure_storage_account</c>.</summary>
internal static class StorageAccountConverter
{
    private static readonly EntityMap<StorageAccount> Map = new(StorageTypes.Account)
    {
        Key = a => a.Id,
        Properties =
        {
            ["displayName"] = a => a.Name,
            ["region"] = a => a.Location,
            ["resourceGroup"] = a => ResourceId.Parse(a.Id).ResourceGroupName,
            ["kind"] = a => a.Kind,
            ["sku"] = a => a.Sku?.Name,
            ["endpoints"] = Endpoints,
            ["enableHttpsTrafficOnly"] = a => a.Properties?.SupportsHttpsTrafficOnly,
            ["category"] = _ => new[] { "infrastructure" },
            ["function"] = _ => new[] { "storage" },
            ["encryptedFileShare"] = a => a.Properties?.Encryption?.Services?.File?.Enabled,
            ["encryptedBlob"] = a => a.Properties?.Encryption?.Services?.Blob?.Enabled,
            ["encryptedTable"] = a => a.Properties?.Encryption?.Services?.Table?.Enabled,
            ["encryptedQueue"] = a => a.Properties?.Encryption?.Services?.Queue?.Enabled,
            ["allowBlobPublicAccess"] = a => a.Properties?.AllowBlobPublicAccess,
            ["allowSharedKeyAccess"] = a => a.Properties?.AllowSharedKeyAccess,
            ["minimumTlsVersion"] = a => a.Properties?.MinimumTlsVersion,
            ["encryption.keySource"] = a => a.Properties?.Encryption?.KeySource,
            ["encryption.keyVaultProperties.keyName"] = a => a.Properties?.Encryption?.KeyVaultProperties?.KeyName,
            ["encryption.keyVaultProperties.keyVersion"] = a => a.Properties?.Encryption?.KeyVaultProperties?.KeyVersion,
            ["encryption.keyVaultProperties.keyVaultUri"] = a => a.Properties?.Encryption?.KeyVaultProperties?.KeyVaultUri,
            ["networkRuleSet.defaultAction"] = a => a.Properties?.NetworkAcls?.DefaultAction,
            ["networkRuleSet.bypass"] = a => a.Properties?.NetworkAcls?.Bypass,
            ["networkRuleSet.allowedIpAddresses"] = a => a.Properties?.NetworkAcls?.IpRules is { Count: > 0 } rules
                ? string.Join(',', rules.Select(r => r.Value))
                : null,
            ["createdOn"] = a => a.Properties?.CreationTime,
        },
    };

    public static Entity ToEntity(ApiObject<StorageAccount> account, PortalLinks links)
    {
        var entity = ArmEntity.Complete(Map.Build(account), links, account.Value.Tags, "environment");
        // Absent, not null, when the API omits them (the reference copies only defined values).
        foreach (var name in (ReadOnlySpan<string>)["encryptedFileShare", "encryptedBlob", "encryptedTable", "encryptedQueue",
            "allowBlobPublicAccess", "allowSharedKeyAccess", "encryption.keyVaultProperties.keyName",
            "encryption.keyVaultProperties.keyVersion", "encryption.keyVaultProperties.keyVaultUri", "minimumTlsVersion"])
        {
            if (entity.Properties.TryGetValue(name, out var value) && value is null)
            {
                entity.Properties.Remove(name);
            }
        }

        return entity;
    }

    /// <summary>Only string endpoints (CHANGELOG 5.5.1 #182).</summary>
    private static string[] Endpoints(StorageAccount account)
    {
        var p = account.Properties;
        string?[] all =
        [
            p?.PrimaryEndpoints?.Blob, p?.PrimaryEndpoints?.Queue, p?.PrimaryEndpoints?.Table, p?.PrimaryEndpoints?.File,
            p?.PrimaryEndpoints?.Web, p?.PrimaryEndpoints?.Dfs,
            p?.MicrosoftEndpoints?.Blob, p?.MicrosoftEndpoints?.Queue, p?.MicrosoftEndpoints?.Table, p?.MicrosoftEndpoints?.File,
            p?.MicrosoftEndpoints?.Web, p?.MicrosoftEndpoints?.Dfs,
            p?.InternetEndpoints?.Blob, p?.InternetEndpoints?.File, p?.InternetEndpoints?.Web, p?.InternetEndpoints?.Dfs,
        ];
        return [.. all.OfType<string>().Where(e => e.Length > 0)];
    }
}
