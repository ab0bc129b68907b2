using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Databases;

namespace TenantGraph.Integrations.Azure.ResourceManager.MySql;

internal static class MySqlTypes
{
    public static readonly EntityMetadata Server = new("[RM] MySQL Server", "azure_mysql_server", ["Database", "DataStore", "Host"]);
    public static readonly EntityMetadata Database = new("[RM] MySQL Database", "azure_mysql_database", ["Database", "DataStore"]);

    public static readonly RelationshipMetadata ServerHasDatabase = RelationshipMetadata.Direct(Server, RelationshipClass.Has, Database);

    public static readonly DatabaseProvider Provider = new("Microsoft.DBforMySQL", "2017-12-01", Server, Database, ServerHasDatabase);
}
