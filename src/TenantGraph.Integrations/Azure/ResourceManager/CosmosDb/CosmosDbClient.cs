using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.CosmosDb;

/// <summary>Cosmos DB accounts and their SQL (NoSQL API) databases.</summary>
internal sealed class CosmosDbClient(StepContext context)
{
    private const string ApiVersion = "2023-04-15";

    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<DatabaseAccount>> ListDatabaseAccountsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/databaseAccounts", ApiVersion,
                "Microsoft.DocumentDB/databaseAccounts/read"),
            AzureCosmosDbJsonContext.Default.DatabaseAccount, cancellationToken);

    public IAsyncEnumerable<ApiObject<SqlDatabase>> ListSqlDatabasesAsync(string accountId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"{accountId}/sqlDatabases", ApiVersion, "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/read"),
            AzureCosmosDbJsonContext.Default.SqlDatabase, cancellationToken);
}
