using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared.Databases;

/// <summary>
/// The one step each single-server database family has (<c>rm-database-mysql-databases</c> and its siblings,
/// azure-spec §3.2): servers of every subscription with their resource-group edge and diagnostic settings, then
/// each server's databases.
/// </summary>
internal static class DatabaseServerSteps
{
    public static StepDefinition Create(string id, string name, DatabaseProvider provider) => new(
        Id: id, Name: name,
        Entities: [provider.Server, provider.Database, .. DiagnosticSettings.Entities],
        Relationships: [ResourceGroupEdges.Has(provider.Server), provider.ServerHasDatabase, .. DiagnosticSettings.Relationships],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: [$"{provider.Namespace}/servers/read", $"{provider.Namespace}/servers/databases/read", DiagnosticSettings.Permission],
        Handler: (context, cancellationToken) => FetchAsync(context, provider, cancellationToken));

    private static async Task FetchAsync(StepContext context, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new DatabaseServerClient(context, provider);
        await Subscriptions.ForEachAsync(context, (subscriptionId, ct) =>
            ResourceFanOut.ForEachAsync(client.ListServersAsync(subscriptionId, ct), async (server, serverToken) =>
            {
                var entity = DatabaseServerConverter.ToEntity(server, provider.Server, instance.Links);
                context.JobState.AddEntity(entity);
                ResourceGroupEdges.TryAdd(context, entity);
                await DiagnosticSettings.CollectAsync(context, entity, serverToken);
                await foreach (var database in client.ListDatabasesAsync(server.Value.Id, serverToken))
                {
                    var child = ServerDatabaseConverter.ToEntity(database, provider.Database, instance.Links);
                    context.JobState.AddEntity(child);
                    context.JobState.AddRelationship(provider.ServerHasDatabase.Create(entity.Key, child.Key));
                }
            }, ct), cancellationToken);
    }
}
