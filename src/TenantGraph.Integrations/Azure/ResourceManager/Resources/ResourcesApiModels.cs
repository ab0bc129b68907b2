using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.Resources;

/// <summary><c>GET /subscriptions[/{id}]</c> (api 2020-01-01).</summary>
internal sealed record Subscription(string Id, string SubscriptionId, string? DisplayName, string? State,
    string? AuthorizationSource, string? TenantId, SubscriptionPolicies? SubscriptionPolicies,
    IReadOnlyDictionary<string, string?>? Tags);

internal sealed record SubscriptionPolicies(string? QuotaId, string? SpendingLimit, string? LocationPlacementId);

/// <summary><c>GET /subscriptions/{s}/resourcegroups</c> (api 2021-04-01).</summary>
internal sealed record ResourceGroup(string Id, string Name, string? Type, string? Location, string? ManagedBy,
    ResourceGroupProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record ResourceGroupProperties(string? ProvisioningState);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Subscription))]
[JsonSerializable(typeof(ResourceGroup))]
internal sealed partial class AzureResourcesJsonContext : JsonSerializerContext;
