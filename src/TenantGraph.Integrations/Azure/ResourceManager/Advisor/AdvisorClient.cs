using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Advisor;

internal sealed class AdvisorClient(StepContext context)
{
    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<ResourceRecommendation>> ListRecommendationsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.Advisor/recommendations", "2020-01-01",
                "Microsoft.Advisor/recommendations/read"),
            AzureAdvisorJsonContext.Default.ResourceRecommendation, cancellationToken);
}
