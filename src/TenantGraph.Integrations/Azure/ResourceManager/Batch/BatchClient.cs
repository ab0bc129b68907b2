using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Batch;

/// <summary>
/// Batch accounts, listed per subscription (the reference listed per resource group, one call per group), and
/// their pools, applications and certificates.
/// </summary>
internal sealed class BatchClient(StepContext context)
{
    private const string ApiVersion = "2024-02-01";

    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<BatchAccount>> ListAccountsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.Batch/batchAccounts", ApiVersion,
                "Microsoft.Batch/batchAccounts/read"),
            AzureBatchJsonContext.Default.BatchAccount, cancellationToken);

    public IAsyncEnumerable<ApiObject<Pool>> ListPoolsAsync(string accountId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"{accountId}/pools", ApiVersion, "Microsoft.Batch/batchAccounts/pools/read"),
            AzureBatchJsonContext.Default.Pool, cancellationToken);

    public IAsyncEnumerable<ApiObject<Application>> ListApplicationsAsync(string accountId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"{accountId}/applications", ApiVersion, "Microsoft.Batch/batchAccounts/applications/read"),
            AzureBatchJsonContext.Default.Application, cancellationToken);

    public IAsyncEnumerable<ApiObject<Certificate>> ListCertificatesAsync(string accountId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"{accountId}/certificates", ApiVersion, "Microsoft.Batch/batchAccounts/certificates/read"),
            AzureBatchJsonContext.Default.Certificate, cancellationToken);
}
