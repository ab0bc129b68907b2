using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.ServiceBus;

internal static class ServiceBusTypes
{
    public static readonly EntityMetadata Namespace = new("[RM] Service Bus Namespace", "azure_service_bus_namespace", ["Service"]);
    public static readonly EntityMetadata Queue = new("[RM] Service Bus Queue", "azure_service_bus_queue", ["Queue"]);
    public static readonly EntityMetadata Topic = new("[RM] Service Bus Topic", "azure_service_bus_topic", ["Queue"]);
    public static readonly EntityMetadata Subscription = new("[RM] Service Bus Subscription", "azure_service_bus_subscription", ["Subscription"]);

    public static readonly RelationshipMetadata NamespaceHasQueue = RelationshipMetadata.Direct(Namespace, RelationshipClass.Has, Queue);
    public static readonly RelationshipMetadata NamespaceHasTopic = RelationshipMetadata.Direct(Namespace, RelationshipClass.Has, Topic);
    public static readonly RelationshipMetadata TopicHasSubscription = RelationshipMetadata.Direct(Topic, RelationshipClass.Has, Subscription);
}
