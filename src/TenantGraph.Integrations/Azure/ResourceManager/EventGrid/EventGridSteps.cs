using TenantGraph.Core.Metadata;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

namespace TenantGraph.Integrations.Azure.ResourceManager.EventGrid;

/// <summary>Event Grid domains and their topics, custom topics, and the event subscriptions of both (azure-spec §3.2).</summary>
internal static class EventGridSteps
{
    public const string RmEventGridDomains = "rm-event-grid-domains";
    public const string RmEventGridDomainTopics = "rm-event-grid-domain-topics";
    public const string RmEventGridDomainTopicSubscriptions = "rm-event-grid-domain-topic-subscriptions";
    public const string RmEventGridTopics = "rm-event-grid-topics";
    public const string RmEventGridTopicSubscriptions = "rm-event-grid-topic-subscriptions";

    public static readonly StepDefinition Domains = new(
        Id: RmEventGridDomains, Name: "Event Grid Domains",
        Entities: [EventGridTypes.Domain, .. DiagnosticSettings.Entities],
        Relationships: [ResourceGroupEdges.Has(EventGridTypes.Domain), .. DiagnosticSettings.Relationships],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.EventGrid/domains/read", DiagnosticSettings.Permission],
        Handler: (context, ct) => FetchTopLevelAsync(context, EventGridTypes.Domain, (c, s, t) => c.ListDomainsAsync(s, t), ct));

    public static readonly StepDefinition DomainTopics = new(
        Id: RmEventGridDomainTopics, Name: "Event Grid Domain Topics",
        Entities: [EventGridTypes.DomainTopic],
        Relationships: [EventGridTypes.DomainHasDomainTopic],
        DependsOn: [RmEventGridDomains],
        Permissions: ["Microsoft.EventGrid/domains/topics/read"],
        Handler: FetchDomainTopicsAsync);

    public static readonly StepDefinition DomainTopicSubscriptions = new(
        Id: RmEventGridDomainTopicSubscriptions, Name: "Event Grid Domain Topic Subscriptions",
        Entities: [EventGridTypes.TopicSubscription],
        Relationships: [EventGridTypes.DomainTopicHasSubscription],
        DependsOn: [RmEventGridDomainTopics],
        Permissions: ["Microsoft.EventGrid/eventSubscriptions/read"],
        Handler: (context, ct) => FetchSubscriptionsAsync(context, EventGridTypes.DomainTopic, EventGridTypes.DomainTopicHasSubscription, ct));

    public static readonly StepDefinition Topics = new(
        Id: RmEventGridTopics, Name: "Event Grid Topics",
        Entities: [EventGridTypes.Topic, .. DiagnosticSettings.Entities],
        Relationships: [ResourceGroupEdges.Has(EventGridTypes.Topic), .. DiagnosticSettings.Relationships],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.EventGrid/topics/read", DiagnosticSettings.Permission],
        Handler: (context, ct) => FetchTopLevelAsync(context, EventGridTypes.Topic, (c, s, t) => c.ListTopicsAsync(s, t), ct));

    public static readonly StepDefinition TopicSubscriptions = new(
        Id: RmEventGridTopicSubscriptions, Name: "Event Grid Topic Subscriptions",
        Entities: [EventGridTypes.TopicSubscription],
        Relationships: [EventGridTypes.TopicHasSubscription],
        DependsOn: [RmEventGridTopics],
        Permissions: ["Microsoft.EventGrid/eventSubscriptions/read"],
        Handler: (context, ct) => FetchSubscriptionsAsync(context, EventGridTypes.Topic, EventGridTypes.TopicHasSubscription, ct));

    public static IReadOnlyList<StepDefinition> All { get; } = [Domains, DomainTopics, DomainTopicSubscriptions, Topics, TopicSubscriptions];

    private static async Task FetchTopLevelAsync(StepContext context, EntityMetadata type,
        Func<EventGridClient, string, CancellationToken, IAsyncEnumerable<Core.Graph.ApiObject<EventGridResource>>> list,
        CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new EventGridClient(context);
        await Subscriptions.ForEachAsync(context, (subscriptionId, ct) =>
            ResourceFanOut.ForEachAsync(list(client, subscriptionId, ct), async (resource, resourceToken) =>
            {
                var entity = EventGridResourceConverter.ToEntity(resource, type, instance.Links);
                context.JobState.AddEntity(entity);
                ResourceGroupEdges.TryAdd(context, entity);
                await DiagnosticSettings.CollectAsync(context, entity, resourceToken);
            }, ct), cancellationToken);
    }

    private static async Task FetchDomainTopicsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new EventGridClient(context);
        await ChildListing.ForEachParentAsync(context, EventGridTypes.Domain.Type, async (domainKey, ct) =>
        {
            await foreach (var topic in client.ListDomainTopicsAsync(domainKey, ct))
            {
                var entity = EventGridResourceConverter.ToEntity(topic, EventGridTypes.DomainTopic, instance.Links);
                context.JobState.AddEntity(entity);
                context.JobState.AddRelationship(EventGridTypes.DomainHasDomainTopic.Create(domainKey, entity.Key));
            }
        }, cancellationToken);
    }

    private static async Task FetchSubscriptionsAsync(StepContext context, EntityMetadata topicType, RelationshipMetadata edge,
        CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new EventGridClient(context);
        await ChildListing.ForEachParentAsync(context, topicType.Type, async (topicKey, ct) =>
        {
            await foreach (var subscription in client.ListEventSubscriptionsAsync(topicKey, ct))
            {
                var entity = EventSubscriptionConverter.ToEntity(subscription, instance.Links);
                context.JobState.AddEntity(entity);
                context.JobState.AddRelationship(edge.Create(topicKey, entity.Key));
            }
        }, cancellationToken);
    }
}
