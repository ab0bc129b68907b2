using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Sql;

/// <summary>
/// azure-spec §5.7 <c>azure_sql_database</c>: <c>encrypted</c> is whether transparent data encryption is on, null
/// when it could not be read.
/// </summary>
internal static class SqlDatabaseConverter
{
    private sealed record Input(SqlDatabase Database, TransparentDataEncryption? Encryption);

    private static readonly EntityMap<Input> Map = new(SqlTypes.Database)
    {
        Key = i => i.Database.Id,
        Properties =
        {
            ["id"] = i => i.Database.Id,
            ["name"] = i => i.Database.Name,
            ["displayName"] = i => i.Database.Name,
            ["type"] = i => i.Database.Type,
            ["kind"] = i => i.Database.Kind,
            ["region"] = i => i.Database.Location,
            ["location"] = i => i.Database.Location,
            ["resourceGroup"] = i => ResourceId.Parse(i.Database.Id).ResourceGroupName,
            ["status"] = i => i.Database.Properties?.Status,
            ["collation"] = i => i.Database.Properties?.Collation,
            ["maxSizeBytes"] = i => i.Database.Properties?.MaxSizeBytes,
            ["zoneRedundant"] = i => i.Database.Properties?.ZoneRedundant,
            ["backupStorageRedundancy"] = i => i.Database.Properties?.CurrentBackupStorageRedundancy,
            ["ledgerEnabled"] = i => i.Database.Properties?.IsLedgerOn,
            ["infrastructureEncryptionEnabled"] = i => i.Database.Properties?.IsInfraEncryptionEnabled,
            ["sku.name"] = i => i.Database.Sku?.Name,
            ["sku.tier"] = i => i.Database.Sku?.Tier,
            ["createdOn"] = i => PropertyValues.ParseTime(i.Database.Properties?.CreationDate),
            ["classification"] = _ => null,
            ["encrypted"] = i => i.Encryption?.Properties?.State is { } state
                ? (bool?)state.Contains("enabled", StringComparison.OrdinalIgnoreCase)
                : null,
        },
    };

    public static Entity ToEntity(ApiObject<SqlDatabase> database, TransparentDataEncryption? encryption, AuditingSettings? auditing,
        PortalLinks links)
    {
        var entity = Map.Build(new ApiObject<Input>(new Input(database.Value, encryption), database.Raw));
        SqlAuditing.Apply(entity, auditing);
        return ArmEntity.Complete(entity, links, database.Value.Tags);
    }
}
