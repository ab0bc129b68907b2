using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.CosmosDb;

/// <summary>
/// azure-spec §5.8 <c>azure_cosmosdb_sql_database</c>: Cosmos DB always encrypts at rest, so <c>encrypted</c> is
/// true; region and tags come from the account (the database has neither).
/// </summary>
internal static class SqlDatabaseConverter
{
    private sealed record Input(SqlDatabase Database, DatabaseAccount Account);

    private static readonly EntityMap<Input> Map = new(CosmosDbTypes.SqlDatabase)
    {
        Key = i => i.Database.Id,
        Properties =
        {
            ["id"] = i => i.Database.Id,
            ["name"] = i => i.Database.Name,
            ["displayName"] = i => i.Database.Name,
            ["type"] = i => i.Database.Type,
            ["dbAccountId"] = i => i.Account.Id,
            ["region"] = i => ArmLocation.Normalize(i.Account.Location),
            ["resourceGroup"] = i => ResourceId.Parse(i.Database.Id).ResourceGroupName,
            ["encrypted"] = _ => true,
            ["classification"] = _ => null,
        },
    };

    public static Entity ToEntity(ApiObject<SqlDatabase> database, DatabaseAccount account, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(new ApiObject<Input>(new Input(database.Value, account), database.Raw)), links,
            account.Tags, "environment");
}
