using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.CosmosDb;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.CosmosDb;

public sealed class CosmosDbStepsTests
{
    [Fact]
    public async Task Recorded_account_has_its_encrypted_sql_database()
    {
        var arm = new RecordedArm()
            .Add("subscription-id/providers/Microsoft.DocumentDB/databaseAccounts")
            .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.DocumentDB/databaseAccounts/deletethis/sqlDatabases");
        await using var cloud = await arm.StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), CosmosDbSteps.RmCosmosdbSqlDatabases, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        var account = Assert.Single(result.EntitiesOf(CosmosDbTypes.Account.Type));
        var database = Assert.Single(result.EntitiesOf(CosmosDbTypes.SqlDatabase.Type));
        Assert.Equal("westus", account.Properties["region"]);
        Assert.Equal(new[] { "https://deletethis-westus.documents.azure.com:443/" }, account.Properties["endpoints"]);
        Assert.Equal(true, database.Properties["encrypted"]);
        var edge = Assert.Single(result.RelationshipsOf(CosmosDbTypes.AccountHasSqlDatabase.Type));
        Assert.Equal(account.Key, edge.Properties["dbAccountId"]);
    }
}
