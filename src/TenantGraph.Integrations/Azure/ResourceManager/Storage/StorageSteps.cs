using System.Text.Json;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.KeyVault;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Storage;

/// <summary>Storage accounts with their containers and file shares, then queues and tables.</summary>
internal static class StorageSteps
{
    public const string RmStorageResources = "rm-storage-resources";
    public const string RmStorageQueues = "rm-storage-queues";
    public const string RmStorageTables = "rm-storage-tables";

    public static readonly StepDefinition Resources = new(
        Id: RmStorageResources, Name: "Storage Resources",
        Entities: [StorageTypes.Account, StorageTypes.Container, StorageTypes.FileShare],
        Relationships: [ResourceGroupEdges.Has(StorageTypes.Account), StorageTypes.AccountHasContainer, StorageTypes.AccountHasFileShare,
            StorageTypes.AccountUsesVault],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups, KeyVaultSteps.RmKeyvaultVaults],
        Permissions: ["Microsoft.Storage/storageAccounts/read", "Microsoft.Storage/storageAccounts/blobServices/containers/read",
            "Microsoft.Storage/storageAccounts/fileServices/shares/read"],
        Handler: FetchResourcesAsync);

    public static readonly StepDefinition Queues = new(
        Id: RmStorageQueues, Name: "Storage Queues",
        Entities: [StorageTypes.Queue],
        Relationships: [StorageTypes.AccountHasQueue],
        DependsOn: [RmStorageResources],
        Permissions: ["Microsoft.Storage/storageAccounts/queueServices/queues/read"],
        Handler: FetchQueuesAsync);

    public static readonly StepDefinition Tables = new(
        Id: RmStorageTables, Name: "Storage Tables",
        Entities: [StorageTypes.Table],
        Relationships: [StorageTypes.AccountHasTable],
        DependsOn: [RmStorageResources],
        Permissions: ["Microsoft.Storage/storageAccounts/tableServices/tables/read"],
        Handler: FetchTablesAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [Resources, Queues, Tables];

    private static async Task FetchResourcesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var client = new StorageClient(context);
        var vaultsByUri = context.JobState.IterateEntities(KeyVaultTypes.Vault.Type)
            .Where(v => v.Properties.GetString("vaultUrl") is not null)
            .GroupBy(v => v.Properties.GetString("vaultUrl")!.TrimEnd('/'), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.OrdinalIgnoreCase);
        await Subscriptions.ForEachAsync(context, (subscriptionId, ct) =>
            ResourceFanOut.ForEachAsync(client.ListStorageAccountsAsync(subscriptionId, ct), async (account, accountToken) =>
            {
                var entity = StorageAccountConverter.ToEntity(account, links);
                AzureEntities.Add(context, entity);
                ResourceGroupEdges.TryAdd(context, entity);
                if (VaultOf(account.Value, vaultsByUri) is { } vaultKey)
                {
                    var keys = account.Value.Properties!.Encryption!.KeyVaultProperties!; // VaultOf found a key vault uri
                    context.JobState.AddRelationship(StorageTypes.AccountUsesVault.Create(entity.Key, vaultKey, new PropertyBag
                    {
                        ["keyName"] = keys.KeyName,
                        ["keyVaultUri"] = keys.KeyVaultUri,
                        ["keyVersion"] = keys.KeyVersion,
                    }));
                }

                if (StorageServices.HasBlobs(account.Value))
                {
                    await foreach (var container in client.ListContainersAsync(account.Value.Id, accountToken))
                    {
                        AddChild(context, entity.Key, StorageChildConverter.ToContainer(container, account.Value, links), StorageTypes.AccountHasContainer);
                    }
                }

                if (StorageServices.HasFiles(account.Value))
                {
                    await foreach (var share in client.ListFileSharesAsync(account.Value.Id, accountToken))
                    {
                        AddChild(context, entity.Key, StorageChildConverter.ToFileShare(share, account.Value, links), StorageTypes.AccountHasFileShare);
                    }
                }
            }, ct), cancellationToken);
    }

    private static Task FetchQueuesAsync(StepContext context, CancellationToken cancellationToken) =>
        ForEachAccountAsync(context, async (client, account, key, links, ct) =>
        {
            await foreach (var queue in client.ListQueuesAsync(account.Id, ct))
            {
                AddChild(context, key, StorageChildConverter.ToQueue(queue, account, links), StorageTypes.AccountHasQueue);
            }
        }, "queue", cancellationToken);

    private static Task FetchTablesAsync(StepContext context, CancellationToken cancellationToken) =>
        ForEachAccountAsync(context, async (client, account, key, links, ct) =>
        {
            await foreach (var table in client.ListTablesAsync(account.Id, ct))
            {
                AddChild(context, key, StorageChildConverter.ToTable(table, account, links), StorageTypes.AccountHasTable);
            }
        }, "table", cancellationToken);

    /// <summary>
    /// Visits the collected general-purpose Standard accounts through <see cref="ChildListing"/> (subscriptions at
    /// once, each at its own budget), reading each account back from JobState rather than holding them all.
    /// </summary>
    private static Task ForEachAccountAsync(StepContext context,
        Func<StorageClient, StorageAccount, string, PortalLinks, CancellationToken, Task> work, string service, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var client = new StorageClient(context);
        return ChildListing.ForEachParentAsync(context, StorageTypes.Account.Type, async (key, ct) =>
        {
            if (context.JobState.FindEntity(key)?.RawData is not { } raw
                || JsonSerializer.Deserialize(raw, AzureStorageJsonContext.Default.StorageAccount) is not { } account)
            {
                return;
            }

            if (StorageServices.HasQueuesAndTables(account))
            {
                await work(client, account, key, links, ct);
            }
            else
            {
                AzureLog.StorageServiceNotSupported(context.Logger, context.StepId, key, account.Kind ?? "unknown", service);
            }
        }, cancellationToken);
    }

    private static void AddChild(StepContext context, string accountKey, Entity child, Core.Metadata.RelationshipMetadata edge)
    {
        AzureEntities.Add(context, child);
        context.JobState.AddRelationship(edge.Create(accountKey, child.Key));
    }

    /// <summary>The collected vault whose URI the account's customer-managed key names (trailing slashes ignored).</summary>
    private static string? VaultOf(StorageAccount account, IReadOnlyDictionary<string, string> vaultsByUri) =>
        account.Properties?.Encryption is { KeySource: { } source, KeyVaultProperties.KeyVaultUri: { } uri }
        && source.Equals("Microsoft.Keyvault", StringComparison.OrdinalIgnoreCase)
        && vaultsByUri.TryGetValue(uri.TrimEnd('/'), out var key)
            ? key
            : null;
}
