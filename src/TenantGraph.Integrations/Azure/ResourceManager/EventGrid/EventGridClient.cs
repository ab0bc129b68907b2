using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.EventGrid;

/// <summary>
/// Event Grid domains, domain topics, custom topics and their event subscriptions. Domains and topics are listed
/// per subscription (the reference listed them per resource group, one call per group).
/// </summary>
internal sealed class EventGridClient(StepContext context)
{
    private const string ApiVersion = "2022-06-15";

    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<EventGridResource>> ListDomainsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        List($"/subscriptions/{subscriptionId}/providers/Microsoft.EventGrid/domains", "Microsoft.EventGrid/domains/read", cancellationToken);

    public IAsyncEnumerable<ApiObject<EventGridResource>> ListTopicsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        List($"/subscriptions/{subscriptionId}/providers/Microsoft.EventGrid/topics", "Microsoft.EventGrid/topics/read", cancellationToken);

    public IAsyncEnumerable<ApiObject<EventGridResource>> ListDomainTopicsAsync(string domainId, CancellationToken cancellationToken) =>
        List($"{domainId}/topics", "Microsoft.EventGrid/domains/topics/read", cancellationToken);

    /// <summary>The event subscriptions scoped to a topic or domain topic (an extension resource of it).</summary>
    public IAsyncEnumerable<ApiObject<EventSubscription>> ListEventSubscriptionsAsync(string topicId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"{topicId}/providers/Microsoft.EventGrid/eventSubscriptions", ApiVersion,
                "Microsoft.EventGrid/eventSubscriptions/read"),
            AzureEventGridJsonContext.Default.EventSubscription, cancellationToken);

    private IAsyncEnumerable<ApiObject<EventGridResource>> List(string path, string action, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client, ArmListing.Request(path, ApiVersion, action),
            AzureEventGridJsonContext.Default.EventGridResource, cancellationToken);
}
