using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Databases;

namespace TenantGraph.Integrations.Azure.ResourceManager.MariaDb;

internal static class MariaDbTypes
{
    public static readonly EntityMetadata Server = new("[RM] MariaDB Server", "azure_mariadb_server", ["Database", "DataStore", "Host"]);
    public static readonly EntityMetadata Database = new("[RM] MariaDB Database", "azure_mariadb_database", ["Database", "DataStore"]);

    public static readonly RelationshipMetadata ServerHasDatabase = RelationshipMetadata.Direct(Server, RelationshipClass.Has, Database);

    public static readonly DatabaseProvider Provider = new("Microsoft.DBforMariaDB", "2018-06-01", Server, Database, ServerHasDatabase);
}
