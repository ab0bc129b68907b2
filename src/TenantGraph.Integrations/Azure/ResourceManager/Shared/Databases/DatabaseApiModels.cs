using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared.Databases;

/// <summary>
/// A single server of Azure Database for MySQL, PostgreSQL or MariaDB (<c>Microsoft.DBfor*/servers</c>, api
/// 2017-12-01); the three providers share this shape.
/// </summary>
internal sealed record DatabaseServer(string Id, string Name, string? Type, string? Location, DatabaseSku? Sku,
    DatabaseServerProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record DatabaseSku(string? Name, string? Tier, string? Family, int? Capacity, string? Size);

internal sealed record DatabaseServerProperties(string? Version, string? SslEnforcement, string? MinimalTlsVersion,
    string? UserVisibleState, string? FullyQualifiedDomainName, string? PublicNetworkAccess, string? InfrastructureEncryption,
    string? ByokEnforcement, string? ReplicationRole, string? EarliestRestoreDate, StorageProfile? StorageProfile);

internal sealed record StorageProfile(int? StorageMB, int? BackupRetentionDays, string? GeoRedundantBackup, string? StorageAutogrow);

/// <summary>A database of such a server (<c>…/servers/{name}/databases</c>).</summary>
internal sealed record ServerDatabase(string Id, string Name, string? Type, ServerDatabaseProperties? Properties);

internal sealed record ServerDatabaseProperties(string? Charset, string? Collation);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DatabaseServer))]
[JsonSerializable(typeof(ServerDatabase))]
internal sealed partial class AzureDatabasesJsonContext : JsonSerializerContext;
