using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared.Databases;

/// <summary>
/// azure-spec §5.7 servers of MySQL, PostgreSQL and MariaDB, built as the family's own type. The administrator
/// login is never kept: the property reads <c>****REDACTED****</c> and the raw data is redacted the same way.
/// </summary>
internal static class DatabaseServerConverter
{
    public static readonly string[] Secrets = ["administratorLogin", "administratorLoginPassword"];

    private static readonly EntityMap<DatabaseServer> Map = new(new EntityMetadata("server", "azure_database_server", ["Database"]))
    {
        Key = s => s.Id,
        Properties =
        {
            ["id"] = s => s.Id,
            ["name"] = s => s.Name,
            ["displayName"] = s => s.Name,
            ["type"] = s => s.Type,
            ["region"] = s => s.Location,
            ["location"] = s => s.Location,
            ["resourceGroup"] = s => ResourceId.Parse(s.Id).ResourceGroupName,
            ["sku.name"] = s => s.Sku?.Name,
            ["sku.tier"] = s => s.Sku?.Tier,
            ["sku.family"] = s => s.Sku?.Family,
            ["sku.capacity"] = s => s.Sku?.Capacity,
            ["version"] = s => s.Properties?.Version,
            ["userVisibleState"] = s => s.Properties?.UserVisibleState,
            ["sslEnforcement"] = s => s.Properties?.SslEnforcement,
            ["secureTransport"] = s => Enabled(s.Properties?.SslEnforcement),
            ["minimalTlsVersion"] = s => s.Properties?.MinimalTlsVersion,
            ["publicNetworkAccess"] = s => s.Properties?.PublicNetworkAccess,
            ["publiclyAccessible"] = s => Enabled(s.Properties?.PublicNetworkAccess),
            ["infrastructureEncryption"] = s => s.Properties?.InfrastructureEncryption,
            ["byokEnforcement"] = s => s.Properties?.ByokEnforcement,
            ["replicationRole"] = s => s.Properties?.ReplicationRole is { Length: > 0 } role ? role : null,
            ["storageMB"] = s => s.Properties?.StorageProfile?.StorageMB,
            ["backupRetentionDays"] = s => s.Properties?.StorageProfile?.BackupRetentionDays,
            ["geoRedundantBackup"] = s => s.Properties?.StorageProfile?.GeoRedundantBackup,
            ["storageAutogrow"] = s => s.Properties?.StorageProfile?.StorageAutogrow,
            ["administratorLogin"] = _ => RawRedaction.Redacted,
            ["administratorLoginPassword"] = _ => RawRedaction.Redacted,
            ["classification"] = _ => null,
            ["encrypted"] = _ => null,
        },
    };

    public static Entity ToEntity(ApiObject<DatabaseServer> server, EntityMetadata metadata, PortalLinks links)
    {
        var entity = Map.Build(RawRedaction.Apply(server, Secrets), metadata);
        HostProperties.Apply(entity, server.Value.Properties?.FullyQualifiedDomainName, server.Value.Name);
        return ArmEntity.Complete(entity, links, server.Value.Tags);
    }

    /// <summary>ARM's <c>Enabled</c>/<c>Disabled</c> switches as a boolean; null when the service did not say.</summary>
    public static bool? Enabled(string? value) =>
        value is null ? null : value.Equals("Enabled", StringComparison.OrdinalIgnoreCase);
}
