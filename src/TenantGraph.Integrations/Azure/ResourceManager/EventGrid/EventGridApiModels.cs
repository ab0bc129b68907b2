using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.EventGrid;

/// <summary><c>Microsoft.EventGrid/domains</c> and <c>/topics</c> (api 2022-06-15) share this shape; domain topics carry only a state.</summary>
internal sealed record EventGridResource(string Id, string Name, string? Type, string? Location, EventGridProperties? Properties,
    IReadOnlyDictionary<string, string?>? Tags);

internal sealed record EventGridProperties(string? ProvisioningState, string? Endpoint, string? InputSchema, string? PublicNetworkAccess,
    bool? DisableLocalAuth, IReadOnlyList<InboundIpRule>? InboundIpRules);

internal sealed record InboundIpRule(string? IpMask, string? Action);

/// <summary><c>…/providers/Microsoft.EventGrid/eventSubscriptions</c> of a topic or domain topic.</summary>
internal sealed record EventSubscription(string Id, string Name, string? Type, EventSubscriptionProperties? Properties);

internal sealed record EventSubscriptionProperties(string? Topic, string? ProvisioningState, EventSubscriptionDestination? Destination,
    string? EventDeliverySchema, string? ExpirationTimeUtc);

internal sealed record EventSubscriptionDestination(string? EndpointType, EventSubscriptionDestinationProperties? Properties);

internal sealed record EventSubscriptionDestinationProperties(string? ResourceId, string? EndpointBaseUrl);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(EventGridResource))]
[JsonSerializable(typeof(EventSubscription))]
internal sealed partial class AzureEventGridJsonContext : JsonSerializerContext;
