using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared.Databases;

/// <summary>azure-spec §5.7 databases of MySQL, PostgreSQL and MariaDB servers, built as the family's own type.</summary>
internal static class ServerDatabaseConverter
{
    private static readonly EntityMap<ServerDatabase> Map = new(new EntityMetadata("database", "azure_database", ["Database"]))
    {
        Key = d => d.Id,
        Properties =
        {
            ["id"] = d => d.Id,
            ["name"] = d => d.Name,
            ["displayName"] = d => d.Name,
            ["type"] = d => d.Type,
            ["resourceGroup"] = d => ResourceId.Parse(d.Id).ResourceGroupName,
            ["charset"] = d => d.Properties?.Charset,
            ["collation"] = d => d.Properties?.Collation,
            ["classification"] = _ => null,
            ["encrypted"] = _ => null,
        },
    };

    public static Entity ToEntity(ApiObject<ServerDatabase> database, EntityMetadata metadata, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(database, metadata), links, null);
}
