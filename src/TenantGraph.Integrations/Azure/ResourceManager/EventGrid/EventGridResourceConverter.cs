using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.EventGrid;

/// <summary>
/// azure-spec §5.8 <c>azure_event_grid_domain</c>, <c>_domain_topic</c> and <c>_topic</c>: one map built as each
/// type; a domain is also a <c>Service</c> and gets its category and function.
/// </summary>
internal static class EventGridResourceConverter
{
    private static readonly EntityMap<EventGridResource> Map = new(EventGridTypes.Topic)
    {
        Key = r => r.Id,
        Properties =
        {
            ["id"] = r => r.Id,
            ["name"] = r => r.Name,
            ["displayName"] = r => r.Name,
            ["type"] = r => r.Type,
            ["region"] = r => r.Location,
            ["resourceGroup"] = r => ResourceId.Parse(r.Id).ResourceGroupName,
            ["provisioningState"] = r => r.Properties?.ProvisioningState,
            ["endpoint"] = r => r.Properties?.Endpoint,
            ["inputSchema"] = r => r.Properties?.InputSchema,
            ["publicNetworkAccess"] = r => r.Properties?.PublicNetworkAccess,
            ["disableLocalAuth"] = r => r.Properties?.DisableLocalAuth,
            ["inboundIpRules"] = r => r.Properties?.InboundIpRules?.Select(i => $"{i.Action}:{i.IpMask}").ToArray(),
        },
    };

    public static Entity ToEntity(ApiObject<EventGridResource> resource, EntityMetadata metadata, PortalLinks links)
    {
        var entity = Map.Build(resource, metadata);
        if (metadata == EventGridTypes.Domain)
        {
            entity.Properties.Set("category", new[] { "infrastructure" });
            entity.Properties.Set("function", new[] { "event-delivery" });
            if (resource.Value.Properties?.Endpoint is { } endpoint)
            {
                entity.Properties.Set("endpoints", new[] { endpoint });
            }
        }

        return ArmEntity.Complete(entity, links, resource.Value.Tags);
    }
}
