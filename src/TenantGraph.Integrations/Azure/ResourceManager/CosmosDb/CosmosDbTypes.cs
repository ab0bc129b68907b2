using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.CosmosDb;

internal static class CosmosDbTypes
{
    public static readonly EntityMetadata Account = new("[RM] Cosmos DB Account", "azure_cosmosdb_account", ["Account", "Service"]);
    public static readonly EntityMetadata SqlDatabase = new("[RM] Cosmos DB Database", "azure_cosmosdb_sql_database", ["Database", "DataStore"]);

    public static readonly RelationshipMetadata AccountHasSqlDatabase = RelationshipMetadata.Direct(Account, RelationshipClass.Has, SqlDatabase);
}
