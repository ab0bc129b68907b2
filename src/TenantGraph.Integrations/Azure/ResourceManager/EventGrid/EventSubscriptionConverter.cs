using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.EventGrid;

/// <summary>azure-spec §5.8 <c>azure_event_grid_topic_subscription</c>: where the events go.</summary>
internal static class EventSubscriptionConverter
{
    private static readonly EntityMap<EventSubscription> Map = new(EventGridTypes.TopicSubscription)
    {
        Key = s => s.Id,
        Properties =
        {
            ["id"] = s => s.Id,
            ["name"] = s => s.Name,
            ["displayName"] = s => s.Name,
            ["type"] = s => s.Type,
            ["resourceGroup"] = s => ResourceId.Parse(s.Id).ResourceGroupName,
            ["topic"] = s => s.Properties?.Topic,
            ["provisioningState"] = s => s.Properties?.ProvisioningState,
            ["destinationEndpointType"] = s => s.Properties?.Destination?.EndpointType,
            ["destinationResourceId"] = s => s.Properties?.Destination?.Properties?.ResourceId,
            ["destinationEndpointBaseUrl"] = s => s.Properties?.Destination?.Properties?.EndpointBaseUrl,
            ["eventDeliverySchema"] = s => s.Properties?.EventDeliverySchema,
            ["expiresOn"] = s => PropertyValues.ParseTime(s.Properties?.ExpirationTimeUtc),
        },
    };

    public static Entity ToEntity(ApiObject<EventSubscription> subscription, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(subscription), links, null);
}
