using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.KeyVault;

internal sealed class KeyVaultClient(StepContext context)
{
    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<Vault>> ListVaultsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.KeyVault/vaults", "2023-07-01",
                "Microsoft.KeyVault/vaults/read"),
            AzureKeyVaultJsonContext.Default.Vault, cancellationToken);
}
