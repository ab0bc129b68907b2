using TenantGraph.Core.Metadata;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.ServiceBus;

/// <summary>Service Bus namespaces, queues, topics and topic subscriptions (azure-spec §3.2).</summary>
internal static class ServiceBusSteps
{
    public const string RmServiceBusNamespaces = "rm-service-bus-namespaces";
    public const string RmServiceBusQueues = "rm-service-bus-queues";
    public const string RmServiceBusTopics = "rm-service-bus-topics";
    public const string RmServiceBusSubscriptions = "rm-service-bus-subscriptions";

    public static readonly StepDefinition Namespaces = new(
        Id: RmServiceBusNamespaces, Name: "Service Bus Namespaces",
        Entities: [ServiceBusTypes.Namespace],
        Relationships: [ResourceGroupEdges.Has(ServiceBusTypes.Namespace)],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.ServiceBus/namespaces/read"],
        Handler: FetchNamespacesAsync);

    public static readonly StepDefinition Queues = new(
        Id: RmServiceBusQueues, Name: "Service Bus Queues",
        Entities: [ServiceBusTypes.Queue],
        Relationships: [ServiceBusTypes.NamespaceHasQueue],
        DependsOn: [RmServiceBusNamespaces],
        Permissions: ["Microsoft.ServiceBus/namespaces/queues/read"],
        Handler: (context, ct) => FetchChildrenAsync(context, ServiceBusTypes.Namespace, ServiceBusTypes.Queue, ServiceBusTypes.NamespaceHasQueue,
            (client, parent, token) => client.ListQueuesAsync(parent, token), ct));

    public static readonly StepDefinition Topics = new(
        Id: RmServiceBusTopics, Name: "Service Bus Topics",
        Entities: [ServiceBusTypes.Topic],
        Relationships: [ServiceBusTypes.NamespaceHasTopic],
        DependsOn: [RmServiceBusNamespaces],
        Permissions: ["Microsoft.ServiceBus/namespaces/topics/read"],
        Handler: (context, ct) => FetchChildrenAsync(context, ServiceBusTypes.Namespace, ServiceBusTypes.Topic, ServiceBusTypes.NamespaceHasTopic,
            (client, parent, token) => client.ListTopicsAsync(parent, token), ct));

    public static readonly StepDefinition Subscriptions = new(
        Id: RmServiceBusSubscriptions, Name: "Service Bus Subscriptions",
        Entities: [ServiceBusTypes.Subscription],
        Relationships: [ServiceBusTypes.TopicHasSubscription],
        DependsOn: [RmServiceBusTopics],
        Permissions: ["Microsoft.ServiceBus/namespaces/topics/subscriptions/read"],
        Handler: (context, ct) => FetchChildrenAsync(context, ServiceBusTypes.Topic, ServiceBusTypes.Subscription, ServiceBusTypes.TopicHasSubscription,
            (client, parent, token) => client.ListSubscriptionsAsync(parent, token), ct));

    public static IReadOnlyList<StepDefinition> All { get; } = [Namespaces, Queues, Topics, Subscriptions];

    private static async Task FetchNamespacesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new ServiceBusClient(context);
        await Shared.Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var serviceBusNamespace in client.ListNamespacesAsync(subscriptionId, ct))
            {
                var entity = NamespaceConverter.ToEntity(serviceBusNamespace, instance.Links);
                context.JobState.AddEntity(entity);
                ResourceGroupEdges.TryAdd(context, entity);
            }
        }, cancellationToken);
    }

    private static async Task FetchChildrenAsync(StepContext context, EntityMetadata parentType, EntityMetadata childType,
        RelationshipMetadata edge,
        Func<ServiceBusClient, string, CancellationToken, IAsyncEnumerable<Core.Graph.ApiObject<MessagingEntity>>> list,
        CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new ServiceBusClient(context);
        await ChildListing.ForEachParentAsync(context, parentType.Type, async (parentKey, ct) =>
        {
            await foreach (var child in list(client, parentKey, ct))
            {
                var entity = MessagingEntityConverter.ToEntity(child, childType, instance.Links);
                context.JobState.AddEntity(entity);
                context.JobState.AddRelationship(edge.Create(parentKey, entity.Key));
            }
        }, cancellationToken);
    }
}
