using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.ServiceBus;

/// <summary>Service Bus namespaces, their queues and topics, and topic subscriptions.</summary>
internal sealed class ServiceBusClient(StepContext context)
{
    private const string ApiVersion = "2021-11-01";

    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<Namespace>> ListNamespacesAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.ServiceBus/namespaces", ApiVersion,
                "Microsoft.ServiceBus/namespaces/read"),
            AzureServiceBusJsonContext.Default.Namespace, cancellationToken);

    public IAsyncEnumerable<ApiObject<MessagingEntity>> ListQueuesAsync(string namespaceId, CancellationToken cancellationToken) =>
        List($"{namespaceId}/queues", "Microsoft.ServiceBus/namespaces/queues/read", cancellationToken);

    public IAsyncEnumerable<ApiObject<MessagingEntity>> ListTopicsAsync(string namespaceId, CancellationToken cancellationToken) =>
        List($"{namespaceId}/topics", "Microsoft.ServiceBus/namespaces/topics/read", cancellationToken);

    /// <summary>Follows the subscriptions' own next links (the reference followed the topics' by mistake, azure-spec §4.3).</summary>
    public IAsyncEnumerable<ApiObject<MessagingEntity>> ListSubscriptionsAsync(string topicId, CancellationToken cancellationToken) =>
        List($"{topicId}/subscriptions", "Microsoft.ServiceBus/namespaces/topics/subscriptions/read", cancellationToken);

    private IAsyncEnumerable<ApiObject<MessagingEntity>> List(string path, string action, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client, ArmListing.Request(path, ApiVersion, action),
            AzureServiceBusJsonContext.Default.MessagingEntity, cancellationToken);
}
