using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.Sql;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.Sql;

public sealed class SqlStepsTests
{
    private static readonly string ServerId = RecordedArm.Id("j1dev/providers/Microsoft.Sql/servers/server-4-purview");

    private static RecordedArm Recorded(params string[] permissions) => new RecordedArm(permissions)
        .Add("subscription-id/providers/Microsoft.Sql/servers")
        .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.Sql/servers/server-4-purview/databases")
        .Add("subscription-id/resourceGroups/j1dev/providers/Microsoft.Sql/servers/server-4-purview/providers/microsoft.insights/diagnosticSettings");

    private static async Task<StepHarnessResult> RunAsync(RecordedArm arm)
    {
        await using var cloud = await arm.StartAsync();
        return await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), SqlSteps.RmDatabaseSqlDatabases, cloud,
            Timeouts.Token(), RecordedArm.Settings);
    }

    [Fact]
    public async Task Recorded_server_and_its_databases_are_collected_under_their_resource_group()
    {
        var result = await RunAsync(Recorded());

        var server = Assert.Single(result.EntitiesOf(SqlTypes.Server.Type));
        Assert.Equal(ServerId, server.Key);
        Assert.Equal(3, result.EntitiesOf(SqlTypes.Database.Type).Count);
        Assert.Equal(3, result.RelationshipsOf(SqlTypes.ServerHasDatabase.Type).Count);
        Assert.Contains(result.RelationshipsOf("azure_resource_group_has_sql_server"), r => r.ToKey == ServerId);
    }

    [Fact]
    public async Task Administrator_login_is_redacted_in_properties_and_raw_data()
    {
        var server = Assert.Single((await RunAsync(Recorded())).EntitiesOf(SqlTypes.Server.Type));

        Assert.Equal("****REDACTED****", server.Properties["administratorLogin"]);
        Assert.Equal("****REDACTED****", server.Properties["administratorLoginPassword"]);
        Assert.DoesNotContain("dbadmin", server.RawData, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_reports_public_network_access_and_minimum_tls()
    {
        var server = Assert.Single((await RunAsync(Recorded())).EntitiesOf(SqlTypes.Server.Type));

        Assert.Equal("Enabled", server.Properties["publicNetworkAccess"]);
        Assert.Equal(true, server.Properties["publiclyAccessible"]);
        Assert.Equal("1.2", server.Properties["minimalTlsVersion"]);
        Assert.Equal(new[] { "server-4-purview.database.windows.net" }, server.Properties["fqdn"]);
        Assert.Equal("server-4-purview", server.Properties["hostname"]);
    }

    [Fact]
    public async Task Auditing_alert_policy_and_encryption_become_properties()
    {
        var arm = Recorded()
            .AddObject("resourceGroups/j1dev/providers/Microsoft.Sql/servers/server-4-purview/auditingSettings", """
                {"id":"/subscriptions/{S}/resourceGroups/j1dev/providers/Microsoft.Sql/servers/server-4-purview/auditingSettings/default","name":"default",
                 "properties":{"state":"Enabled","storageEndpoint":"https://audit.blob.core.windows.net/","storageAccountAccessKey":"c2VjcmV0","retentionDays":90,
                 "auditActionsAndGroups":["SUCCESSFUL_DATABASE_AUTHENTICATION_GROUP",""],"isAzureMonitorTargetEnabled":true}}
                """)
            .AddObject("resourceGroups/j1dev/providers/Microsoft.Sql/servers/server-4-purview/securityAlertPolicies", """
                {"id":"/subscriptions/{S}/resourceGroups/j1dev/providers/Microsoft.Sql/servers/server-4-purview/securityAlertPolicies/Default","name":"Default",
                 "properties":{"state":"Enabled","disabledAlerts":[""],"emailAddresses":["secops@example.com"],"emailAccountAdmins":true}}
                """)
            .AddObject("resourceGroups/j1dev/providers/Microsoft.Sql/servers/server-4-purview/databases/master/transparentDataEncryption", """
                {"id":"/subscriptions/{S}/resourceGroups/j1dev/providers/Microsoft.Sql/servers/server-4-purview/databases/master/transparentDataEncryption/current","name":"current",
                 "properties":{"state":"Enabled"}}
                """);

        var result = await RunAsync(arm);

        var server = Assert.Single(result.EntitiesOf(SqlTypes.Server.Type));
        Assert.Equal(true, server.Properties["auditingEnabled"]);
        Assert.Equal(90L, Convert.ToInt64(server.Properties["auditLogRetentionDays"]));
        Assert.Equal(new[] { "SUCCESSFUL_DATABASE_AUTHENTICATION_GROUP" }, server.Properties["auditActionsAndGroups"]);
        Assert.False(server.Properties.Contains("auditLogAccessKey"));
        Assert.Equal(true, server.Properties["alertOnAllThreats"]);
        var master = Assert.Single(result.EntitiesOf(SqlTypes.Database.Type), d => d.Properties["name"] as string == "master");
        Assert.Equal(true, master.Properties["encrypted"]);
    }

    [Fact]
    public async Task Database_encryption_is_null_when_its_state_was_not_read()
    {
        var databases = (await RunAsync(Recorded())).EntitiesOf(SqlTypes.Database.Type);

        Assert.All(databases, d => Assert.Null(d.Properties["encrypted"]));
    }

    [Fact]
    public async Task Refused_auditing_read_keeps_the_inventory_and_marks_the_types_partial()
    {
        var arm = Recorded("Microsoft.Resources/*", "Microsoft.Sql/servers/read", "Microsoft.Sql/servers/databases/*",
            "Microsoft.Sql/servers/securityAlertPolicies/read", "Microsoft.Insights/*");

        var result = await RunAsync(arm);

        Assert.Single(result.EntitiesOf(SqlTypes.Server.Type));
        Assert.Equal(3, result.EntitiesOf(SqlTypes.Database.Type).Count);
        Assert.Contains(SqlTypes.Server.Type, result.PartialTypes);
    }

    [Fact]
    public async Task Subscription_without_sql_servers_yields_none()
    {
        var result = await RunAsync(new RecordedArm());

        Assert.Empty(result.EntitiesOf(SqlTypes.Server.Type));
        Assert.DoesNotContain(SqlTypes.Server.Type, result.PartialTypes);
    }
}
