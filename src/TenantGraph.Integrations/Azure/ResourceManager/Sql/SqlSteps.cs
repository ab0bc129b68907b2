using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

namespace TenantGraph.Integrations.Azure.ResourceManager.Sql;

/// <summary>
/// <c>rm-database-sql-databases</c> (SEED's single step; HEAD split servers and databases): SQL servers with their
/// auditing and threat-alert settings and diagnostic settings, then each server's databases with transparent
/// data encryption and auditing.
/// </summary>
internal static class SqlSteps
{
    public const string RmDatabaseSqlDatabases = "rm-database-sql-databases";

    public static readonly StepDefinition Databases = new(
        Id: RmDatabaseSqlDatabases, Name: "SQL Databases",
        Entities: [SqlTypes.Server, SqlTypes.Database, .. DiagnosticSettings.Entities],
        Relationships: [ResourceGroupEdges.Has(SqlTypes.Server), SqlTypes.ServerHasDatabase, .. DiagnosticSettings.Relationships],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions:
        [
            "Microsoft.Sql/servers/read", "Microsoft.Sql/servers/databases/read", "Microsoft.Sql/servers/auditingSettings/read",
            "Microsoft.Sql/servers/securityAlertPolicies/read", "Microsoft.Sql/servers/databases/transparentDataEncryption/read",
            "Microsoft.Sql/servers/databases/auditingSettings/read", DiagnosticSettings.Permission,
        ],
        Handler: FetchAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [Databases];

    private static async Task FetchAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new SqlClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            var reads = new SettingsReads();
            await ResourceFanOut.ForEachAsync(client.ListServersAsync(subscriptionId, ct), async (server, serverToken) =>
            {
                var id = server.Value.Id;
                var auditing = await reads.ReadAsync(() => client.GetAuditingSettingsAsync(id, serverToken));
                var alerting = await reads.ReadAsync(() => client.GetSecurityAlertPolicyAsync(id, serverToken));
                var entity = SqlServerConverter.ToEntity(server, auditing?.Value, alerting?.Value, instance.Links);
                context.JobState.AddEntity(entity);
                ResourceGroupEdges.TryAdd(context, entity);
                await DiagnosticSettings.CollectAsync(context, entity, serverToken);
                await foreach (var database in client.ListDatabasesAsync(id, serverToken))
                {
                    var databaseId = database.Value.Id;
                    var encryption = await reads.ReadAsync(() => client.GetTransparentDataEncryptionAsync(databaseId, serverToken));
                    var databaseAuditing = await reads.ReadAsync(() => client.GetAuditingSettingsAsync(databaseId, serverToken));
                    var child = SqlDatabaseConverter.ToEntity(database, encryption?.Value, databaseAuditing?.Value, instance.Links);
                    context.JobState.AddEntity(child);
                    context.JobState.AddRelationship(SqlTypes.ServerHasDatabase.Create(entity.Key, child.Key));
                }
            }, ct);

            reads.ThrowIfRefused();
        }, cancellationToken);
    }
}
