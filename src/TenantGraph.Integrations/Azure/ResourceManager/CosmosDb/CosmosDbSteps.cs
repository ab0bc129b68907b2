using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.CosmosDb;

/// <summary><c>rm-cosmosdb-sql-databases</c>: Cosmos DB accounts and their SQL databases (azure-spec §3.2).</summary>
internal static class CosmosDbSteps
{
    public const string RmCosmosdbSqlDatabases = "rm-cosmosdb-sql-databases";

    public static readonly StepDefinition SqlDatabases = new(
        Id: RmCosmosdbSqlDatabases, Name: "Cosmos DB Accounts and SQL Databases",
        Entities: [CosmosDbTypes.Account, CosmosDbTypes.SqlDatabase],
        Relationships: [ResourceGroupEdges.Has(CosmosDbTypes.Account), CosmosDbTypes.AccountHasSqlDatabase],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.DocumentDB/databaseAccounts/read", "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/read"],
        Handler: FetchAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [SqlDatabases];

    private static async Task FetchAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new CosmosDbClient(context);
        await Subscriptions.ForEachAsync(context, (subscriptionId, ct) =>
            ResourceFanOut.ForEachAsync(client.ListDatabaseAccountsAsync(subscriptionId, ct), async (account, accountToken) =>
            {
                var entity = DatabaseAccountConverter.ToEntity(account, instance.Links);
                context.JobState.AddEntity(entity);
                ResourceGroupEdges.TryAdd(context, entity);
                await foreach (var database in client.ListSqlDatabasesAsync(account.Value.Id, accountToken))
                {
                    var child = SqlDatabaseConverter.ToEntity(database, account.Value, instance.Links);
                    context.JobState.AddEntity(child);
                    // The reference puts the account id on the edge (azure-spec §6.8).
                    context.JobState.AddRelationship(CosmosDbTypes.AccountHasSqlDatabase.Create(entity.Key, child.Key,
                        EdgeProperties.Of(("dbAccountId", entity.Key))));
                }
            }, ct), cancellationToken);
    }
}
