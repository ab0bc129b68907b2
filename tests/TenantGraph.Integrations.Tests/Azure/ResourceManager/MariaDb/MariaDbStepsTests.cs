using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.MariaDb;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.MariaDb;

public sealed class MariaDbStepsTests
{
    [Fact]
    public async Task Recorded_server_has_its_databases_under_its_resource_group()
    {
        var arm = new RecordedArm()
            .Add("subscription-id/providers/Microsoft.DBforMariaDB/servers")
            .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.DBforMariaDB/servers/mydemoserver74123/databases");
        await using var cloud = await arm.StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), MariaDbSteps.RmDatabaseMariadbDatabases, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        var server = Assert.Single(result.EntitiesOf(MariaDbTypes.Server.Type));
        Assert.NotEmpty(result.RelationshipsOf(MariaDbTypes.ServerHasDatabase.Type));
        Assert.Contains(result.RelationshipsOf("azure_resource_group_has_mariadb_server"), r => r.ToKey == server.Key);
        Assert.Equal("****REDACTED****", server.Properties["administratorLogin"]);
    }
}
