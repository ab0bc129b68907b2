using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.ApiManagement;

/// <summary>API Management services and their APIs.</summary>
internal sealed class ApiManagementClient(StepContext context)
{
    private const string ApiVersion = "2022-08-01";

    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<ApiManagementService>> ListServicesAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.ApiManagement/service", ApiVersion,
                "Microsoft.ApiManagement/service/read"),
            AzureApiManagementJsonContext.Default.ApiManagementService, cancellationToken);

    public IAsyncEnumerable<ApiObject<Api>> ListApisAsync(string serviceId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"{serviceId}/apis", ApiVersion, "Microsoft.ApiManagement/service/apis/read"),
            AzureApiManagementJsonContext.Default.Api, cancellationToken);
}
