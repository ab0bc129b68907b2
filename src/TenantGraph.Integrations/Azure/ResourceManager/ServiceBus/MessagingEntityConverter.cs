using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.ServiceBus;

/// <summary>
/// azure-spec §5.8 <c>azure_service_bus_queue</c>, <c>_topic</c> and <c>_subscription</c>: the three share their
/// fields, so one map builds each as its declared type.
/// </summary>
internal static class MessagingEntityConverter
{
    private static readonly EntityMap<MessagingEntity> Map = new(ServiceBusTypes.Queue)
    {
        Key = e => e.Id,
        Properties =
        {
            ["id"] = e => e.Id,
            ["name"] = e => e.Name,
            ["displayName"] = e => e.Name,
            ["type"] = e => e.Type,
            ["resourceGroup"] = e => ResourceId.Parse(e.Id).ResourceGroupName,
            ["status"] = e => e.Properties?.Status,
            ["createdOn"] = e => PropertyValues.ParseTime(e.Properties?.CreatedAt),
            ["updatedOn"] = e => PropertyValues.ParseTime(e.Properties?.UpdatedAt),
            ["maxSizeInMegabytes"] = e => e.Properties?.MaxSizeInMegabytes,
            ["requiresSession"] = e => e.Properties?.RequiresSession,
            ["requiresDuplicateDetection"] = e => e.Properties?.RequiresDuplicateDetection,
            ["enablePartitioning"] = e => e.Properties?.EnablePartitioning,
            ["enableExpress"] = e => e.Properties?.EnableExpress,
            ["enableBatchedOperations"] = e => e.Properties?.EnableBatchedOperations,
            ["deadLetteringOnMessageExpiration"] = e => e.Properties?.DeadLetteringOnMessageExpiration,
            ["maxDeliveryCount"] = e => e.Properties?.MaxDeliveryCount,
            ["messageCount"] = e => e.Properties?.MessageCount,
            ["sizeInBytes"] = e => e.Properties?.SizeInBytes,
            ["subscriptionCount"] = e => e.Properties?.SubscriptionCount,
            ["lockDuration"] = e => e.Properties?.LockDuration,
            ["defaultMessageTimeToLive"] = e => e.Properties?.DefaultMessageTimeToLive,
            ["autoDeleteOnIdle"] = e => e.Properties?.AutoDeleteOnIdle,
            ["forwardTo"] = e => e.Properties?.ForwardTo,
            ["forwardDeadLetteredMessagesTo"] = e => e.Properties?.ForwardDeadLetteredMessagesTo,
        },
    };

    public static Entity ToEntity(ApiObject<MessagingEntity> entity, EntityMetadata metadata, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(entity, metadata), links, null);
}
