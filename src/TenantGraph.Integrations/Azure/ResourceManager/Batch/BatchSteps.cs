using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

namespace TenantGraph.Integrations.Azure.ResourceManager.Batch;

/// <summary>Batch accounts (with diagnostic settings) and their pools, applications and certificates (azure-spec §3.2).</summary>
internal static class BatchSteps
{
    public const string RmBatchAccount = "rm-batch-account";
    public const string RmBatchPool = "rm-batch-pool";
    public const string RmBatchApplication = "rm-batch-application";
    public const string RmBatchCertificate = "rm-batch-certificate";

    public static readonly StepDefinition Accounts = new(
        Id: RmBatchAccount, Name: "Batch Accounts",
        Entities: [BatchTypes.Account, .. DiagnosticSettings.Entities],
        Relationships: [ResourceGroupEdges.Has(BatchTypes.Account), .. DiagnosticSettings.Relationships],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.Batch/batchAccounts/read", DiagnosticSettings.Permission],
        Handler: FetchAccountsAsync);

    public static readonly StepDefinition Pools = Child(RmBatchPool, "Batch Pools", BatchTypes.Pool, BatchTypes.AccountHasPool,
        "Microsoft.Batch/batchAccounts/pools/read",
        async (client, accountKey, links, add, ct) =>
        {
            await foreach (var pool in client.ListPoolsAsync(accountKey, ct))
            {
                add(PoolConverter.ToEntity(pool, links));
            }
        });

    public static readonly StepDefinition Applications = Child(RmBatchApplication, "Batch Applications", BatchTypes.Application,
        BatchTypes.AccountHasApplication, "Microsoft.Batch/batchAccounts/applications/read",
        async (client, accountKey, links, add, ct) =>
        {
            await foreach (var application in client.ListApplicationsAsync(accountKey, ct))
            {
                add(ApplicationConverter.ToEntity(application, links));
            }
        });

    public static readonly StepDefinition Certificates = Child(RmBatchCertificate, "Batch Certificates", BatchTypes.Certificate,
        BatchTypes.AccountHasCertificate, "Microsoft.Batch/batchAccounts/certificates/read",
        async (client, accountKey, links, add, ct) =>
        {
            await foreach (var certificate in client.ListCertificatesAsync(accountKey, ct))
            {
                add(CertificateConverter.ToEntity(certificate, links));
            }
        });

    public static IReadOnlyList<StepDefinition> All { get; } = [Accounts, Pools, Applications, Certificates];

    private static async Task FetchAccountsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new BatchClient(context);
        await Subscriptions.ForEachAsync(context, (subscriptionId, ct) =>
            ResourceFanOut.ForEachAsync(client.ListAccountsAsync(subscriptionId, ct), async (account, accountToken) =>
            {
                var entity = BatchAccountConverter.ToEntity(account, instance.Links);
                context.JobState.AddEntity(entity);
                ResourceGroupEdges.TryAdd(context, entity);
                await DiagnosticSettings.CollectAsync(context, entity, accountToken);
            }, ct), cancellationToken);
    }

    /// <summary>A step listing one kind of child of every batch account; <paramref name="list"/> converts each child and hands it to <c>add</c>.</summary>
    private static StepDefinition Child(string id, string name, EntityMetadata type, RelationshipMetadata edge, string permission,
        Func<BatchClient, string, PortalLinks, Action<Entity>, CancellationToken, Task> list) => new(
        Id: id, Name: name,
        Entities: [type],
        Relationships: [edge],
        DependsOn: [RmBatchAccount],
        Permissions: [permission],
        Handler: async (context, cancellationToken) =>
        {
            var instance = context.Services.Get<AzureInstance>();
            var client = new BatchClient(context);
            await ChildListing.ForEachParentAsync(context, BatchTypes.Account.Type, (accountKey, ct) =>
                list(client, accountKey, instance.Links, entity =>
                {
                    context.JobState.AddEntity(entity);
                    context.JobState.AddRelationship(edge.Create(accountKey, entity.Key));
                }, ct), cancellationToken);
        });
}
