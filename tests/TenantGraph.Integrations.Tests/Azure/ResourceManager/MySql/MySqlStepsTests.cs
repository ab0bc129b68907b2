using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.MySql;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.MySql;

public sealed class MySqlStepsTests
{
    [Fact]
    public async Task Recorded_server_has_its_databases_and_keeps_no_administrator_login()
    {
        var arm = new RecordedArm()
            .Add("subscription-id/providers/Microsoft.DBforMySQL/servers")
            .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.DBforMySQL/servers/demoserver74123/databases");
        await using var cloud = await arm.StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), MySqlSteps.RmDatabaseMysqlDatabases, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        var server = Assert.Single(result.EntitiesOf(MySqlTypes.Server.Type));
        Assert.Equal(5, result.RelationshipsOf(MySqlTypes.ServerHasDatabase.Type).Count);
        Assert.Equal("****REDACTED****", server.Properties["administratorLogin"]);
        Assert.DoesNotContain("myadmin", server.RawData, StringComparison.Ordinal);
        Assert.Equal(true, server.Properties["secureTransport"]);
        Assert.Equal("TLSEnforcementDisabled", server.Properties["minimalTlsVersion"]);
        Assert.Contains(result.RelationshipsOf("azure_resource_group_has_mysql_server"), r => r.ToKey == server.Key);
    }
}
