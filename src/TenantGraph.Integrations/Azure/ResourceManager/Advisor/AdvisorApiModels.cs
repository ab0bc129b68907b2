using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.Advisor;

/// <summary><c>Microsoft.Advisor/recommendations</c> (api 2020-01-01).</summary>
internal sealed record ResourceRecommendation(string Id, string? Name, string? Type, RecommendationProperties? Properties);

internal sealed record RecommendationProperties(string? Category, string? Impact, string? ImpactedField, string? ImpactedValue,
    DateTimeOffset? LastUpdated, ShortDescription? ShortDescription, IReadOnlyDictionary<string, string?>? ExtendedProperties,
    ResourceMetadata? ResourceMetadata, string? RecommendationTypeId, string? Risk);

internal sealed record ShortDescription(string? Problem, string? Solution);

internal sealed record ResourceMetadata(string? ResourceId, string? Source);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ResourceRecommendation))]
internal sealed partial class AzureAdvisorJsonContext : JsonSerializerContext;
