using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Storage;

/// <summary>
/// Microsoft.Storage: accounts per subscription, and one listing per account and service (ARM offers no
/// subscription-wide listing of containers, shares, queues or tables). Services an account kind cannot have are
/// never asked for (see <see cref="StorageServices"/>).
/// </summary>
internal sealed class StorageClient(StepContext context)
{
    private const string ApiVersion = "2023-01-01";

    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<StorageAccount>> ListStorageAccountsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.Storage/storageAccounts", ApiVersion,
                "Microsoft.Storage/storageAccounts/read"),
            AzureStorageJsonContext.Default.StorageAccount, cancellationToken);

    public IAsyncEnumerable<ApiObject<StorageChild>> ListContainersAsync(string accountId, CancellationToken cancellationToken) =>
        Child(accountId, "blobServices/default/containers", "Microsoft.Storage/storageAccounts/blobServices/containers/read", cancellationToken);

    public IAsyncEnumerable<ApiObject<StorageChild>> ListFileSharesAsync(string accountId, CancellationToken cancellationToken) =>
        Child(accountId, "fileServices/default/shares", "Microsoft.Storage/storageAccounts/fileServices/shares/read", cancellationToken);

    public IAsyncEnumerable<ApiObject<StorageChild>> ListQueuesAsync(string accountId, CancellationToken cancellationToken) =>
        Child(accountId, "queueServices/default/queues", "Microsoft.Storage/storageAccounts/queueServices/queues/read", cancellationToken);

    public IAsyncEnumerable<ApiObject<StorageChild>> ListTablesAsync(string accountId, CancellationToken cancellationToken) =>
        Child(accountId, "tableServices/default/tables", "Microsoft.Storage/storageAccounts/tableServices/tables/read", cancellationToken);

    private IAsyncEnumerable<ApiObject<StorageChild>> Child(string accountId, string path, string action, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client, ArmListing.Request($"{accountId}/{path}", ApiVersion, action),
            AzureStorageJsonContext.Default.StorageChild, cancellationToken);
}
