using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.Sql;

/// <summary><c>Microsoft.Sql/servers</c> (api 2021-11-01).</summary>
internal sealed record SqlServer(string Id, string Name, string? Type, string? Location, string? Kind,
    SqlServerProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record SqlServerProperties(string? Version, string? State, string? FullyQualifiedDomainName,
    string? MinimalTlsVersion, string? PublicNetworkAccess, string? RestrictOutboundNetworkAccess,
    SqlServerAdministrators? Administrators);

/// <summary>The server's Entra administrator; only whether Entra-only authentication is on is read.</summary>
internal sealed record SqlServerAdministrators(string? AdministratorType, bool? AzureADOnlyAuthentication);

/// <summary><c>…/servers/{name}/databases</c>.</summary>
internal sealed record SqlDatabase(string Id, string Name, string? Type, string? Location, string? Kind, SqlSku? Sku,
    SqlDatabaseProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record SqlSku(string? Name, string? Tier, int? Capacity);

internal sealed record SqlDatabaseProperties(string? Status, string? Collation, long? MaxSizeBytes, string? CreationDate,
    bool? ZoneRedundant, string? CurrentBackupStorageRedundancy, bool? IsLedgerOn, bool? IsInfraEncryptionEnabled);

/// <summary><c>…/auditingSettings/default</c> of a server or database.</summary>
internal sealed record AuditingSettings(string? Id, AuditingSettingsProperties? Properties);

internal sealed record AuditingSettingsProperties(string? State, string? StorageEndpoint, IReadOnlyList<string>? AuditActionsAndGroups,
    int? RetentionDays, bool? IsAzureMonitorTargetEnabled);

/// <summary><c>…/securityAlertPolicies/Default</c> of a server.</summary>
internal sealed record SecurityAlertPolicy(string? Id, SecurityAlertPolicyProperties? Properties);

internal sealed record SecurityAlertPolicyProperties(string? State, IReadOnlyList<string>? DisabledAlerts,
    IReadOnlyList<string>? EmailAddresses, bool? EmailAccountAdmins, int? RetentionDays);

/// <summary><c>…/databases/{name}/transparentDataEncryption/current</c>.</summary>
internal sealed record TransparentDataEncryption(string? Id, TransparentDataEncryptionProperties? Properties);

internal sealed record TransparentDataEncryptionProperties(string? State);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SqlServer))]
[JsonSerializable(typeof(SqlDatabase))]
[JsonSerializable(typeof(AuditingSettings))]
[JsonSerializable(typeof(SecurityAlertPolicy))]
[JsonSerializable(typeof(TransparentDataEncryption))]
internal sealed partial class AzureSqlJsonContext : JsonSerializerContext;
