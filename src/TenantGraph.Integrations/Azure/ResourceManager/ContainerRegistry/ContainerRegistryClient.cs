using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.ContainerRegistry;

/// <summary>Container registries and their webhooks.</summary>
internal sealed class ContainerRegistryClient(StepContext context)
{
    private const string ApiVersion = "2023-07-01";

    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<Registry>> ListRegistriesAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.ContainerRegistry/registries", ApiVersion,
                "Microsoft.ContainerRegistry/registries/read"),
            AzureContainerRegistryJsonContext.Default.Registry, cancellationToken);

    public IAsyncEnumerable<ApiObject<Webhook>> ListWebhooksAsync(string registryId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"{registryId}/webhooks", ApiVersion, "Microsoft.ContainerRegistry/registries/webhooks/read"),
            AzureContainerRegistryJsonContext.Default.Webhook, cancellationToken);
}
