using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Databases;

namespace TenantGraph.Integrations.Azure.ResourceManager.PostgreSql;

internal static class PostgreSqlTypes
{
    public static readonly EntityMetadata Server = new("[RM] PostgreSQL Server", "azure_postgresql_server", ["Database", "DataStore", "Host"]);
    public static readonly EntityMetadata Database = new("[RM] PostgreSQL Database", "azure_postgresql_database", ["Database", "DataStore"]);

    public static readonly RelationshipMetadata ServerHasDatabase = RelationshipMetadata.Direct(Server, RelationshipClass.Has, Database);

    public static readonly DatabaseProvider Provider = new("Microsoft.DBforPostgreSQL", "2017-12-01", Server, Database, ServerHasDatabase);
}
