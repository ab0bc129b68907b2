using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.Sql;

internal static class SqlTypes
{
    public static readonly EntityMetadata Server = new("[RM] SQL Server", "azure_sql_server", ["Database", "DataStore", "Host"]);
    public static readonly EntityMetadata Database = new("[RM] SQL Database", "azure_sql_database", ["Database", "DataStore"]);

    public static readonly RelationshipMetadata ServerHasDatabase = RelationshipMetadata.Direct(Server, RelationshipClass.Has, Database);
}
