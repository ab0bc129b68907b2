using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.ContainerInstances;

/// <summary>
/// Container groups, listed per subscription (the reference listed per resource group, one call per group);
/// their containers and volumes come inline.
/// </summary>
internal sealed class ContainerInstancesClient(StepContext context)
{
    private const string ApiVersion = "2023-05-01";

    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<ContainerGroup>> ListContainerGroupsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.ContainerInstance/containerGroups", ApiVersion,
                "Microsoft.ContainerInstance/containerGroups/read"),
            AzureContainerInstancesJsonContext.Default.ContainerGroup, cancellationToken);
}
