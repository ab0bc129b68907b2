using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.PostgreSql;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.PostgreSql;

public sealed class PostgreSqlStepsTests
{
    [Fact]
    public async Task Recorded_server_has_its_databases_and_reports_public_access()
    {
        var arm = new RecordedArm()
            .Add("subscription-id/providers/Microsoft.DBforPostgreSQL/servers")
            .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.DBforPostgreSQL/servers/j1post/databases")
            .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.DBforPostgreSQL/servers/j1post/providers/microsoft.insights/diagnosticSettings");
        await using var cloud = await arm.StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), PostgreSqlSteps.RmDatabasePostgresqlDatabases, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        var server = Assert.Single(result.EntitiesOf(PostgreSqlTypes.Server.Type));
        Assert.NotEmpty(result.RelationshipsOf(PostgreSqlTypes.ServerHasDatabase.Type));
        Assert.Equal(true, server.Properties["publiclyAccessible"]);
        Assert.DoesNotContain("gonzalo74", server.RawData, StringComparison.Ordinal);
    }
}
