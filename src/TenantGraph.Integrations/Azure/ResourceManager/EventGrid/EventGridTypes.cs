using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.EventGrid;

internal static class EventGridTypes
{
    public static readonly EntityMetadata Domain = new("[RM] Event Grid Domain", "azure_event_grid_domain", ["Service"]);
    public static readonly EntityMetadata DomainTopic = new("[RM] Event Grid Domain Topic", "azure_event_grid_domain_topic", ["Queue"]);
    public static readonly EntityMetadata Topic = new("[RM] Event Grid Topic", "azure_event_grid_topic", ["Queue"]);

    /// <summary>Subscriptions of both custom topics and domain topics have this one type (azure-spec §5.8).</summary>
    public static readonly EntityMetadata TopicSubscription =
        new("[RM] Event Grid Topic Subscription", "azure_event_grid_topic_subscription", ["Subscription"]);

    public static readonly RelationshipMetadata DomainHasDomainTopic = RelationshipMetadata.Direct(Domain, RelationshipClass.Has, DomainTopic);
    public static readonly RelationshipMetadata DomainTopicHasSubscription =
        RelationshipMetadata.Direct(DomainTopic, RelationshipClass.Has, TopicSubscription);
    public static readonly RelationshipMetadata TopicHasSubscription = RelationshipMetadata.Direct(Topic, RelationshipClass.Has, TopicSubscription);
}
