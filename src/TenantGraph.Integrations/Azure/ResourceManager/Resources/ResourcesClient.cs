using System.Runtime.CompilerServices;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;
using TenantGraph.Microsoft;

namespace TenantGraph.Integrations.Azure.ResourceManager.Resources;

/// <summary>Subscriptions and resource groups (Microsoft.Resources).</summary>
internal sealed class ResourcesClient(StepContext context)
{
    private const string SubscriptionsApiVersion = "2020-01-01";
    private const string ResourceGroupsApiVersion = "2021-04-01";

    private readonly MicrosoftApiClient _client = context.Services.Get<AzureInstance>().Client;

    /// <summary>Every subscription the app can see, all pages (the reference's paging fix, CHANGELOG #549).</summary>
    public IAsyncEnumerable<ApiObject<Subscription>> ListSubscriptionsAsync(CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _client,
            ArmListing.Request("/subscriptions", SubscriptionsApiVersion, "Microsoft.Resources/subscriptions/read"),
            AzureResourcesJsonContext.Default.Subscription, cancellationToken);

    /// <summary>One subscription; null when it does not exist or is not visible to the app.</summary>
    public Task<ApiObject<Subscription>?> GetSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken) =>
        _client.GetAsync(
            ArmListing.Request($"/subscriptions/{subscriptionId}", SubscriptionsApiVersion, "Microsoft.Resources/subscriptions/read"),
            AzureResourcesJsonContext.Default.Subscription, cancellationToken);

    public IAsyncEnumerable<ApiObject<ResourceGroup>> ListResourceGroupsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/resourcegroups", ResourceGroupsApiVersion,
                "Microsoft.Resources/subscriptions/resourceGroups/read"),
            AzureResourcesJsonContext.Default.ResourceGroup, cancellationToken);
}
