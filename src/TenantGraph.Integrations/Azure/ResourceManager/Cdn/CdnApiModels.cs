using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.Cdn;

/// <summary><c>Microsoft.Cdn/profiles</c> (api 2021-06-01).</summary>
internal sealed record Profile(string Id, string Name, string? Type, string? Location, string? Kind, CdnSku? Sku,
    ProfileProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record CdnSku(string? Name);

internal sealed record ProfileProperties(string? ResourceState, string? ProvisioningState);

/// <summary><c>…/profiles/{name}/endpoints</c>.</summary>
internal sealed record Endpoint(string Id, string Name, string? Type, string? Location, EndpointProperties? Properties,
    IReadOnlyDictionary<string, string?>? Tags);

internal sealed record EndpointProperties(string? HostName, string? OriginHostHeader, string? OriginPath, bool? IsHttpAllowed,
    bool? IsHttpsAllowed, bool? IsCompressionEnabled, string? QueryStringCachingBehavior, string? OptimizationType,
    string? ResourceState, string? ProvisioningState, IReadOnlyList<Origin>? Origins);

internal sealed record Origin(string? Name, OriginProperties? Properties);

internal sealed record OriginProperties(string? HostName);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Profile))]
[JsonSerializable(typeof(Endpoint))]
internal sealed partial class AzureCdnJsonContext : JsonSerializerContext;
