using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.ApiManagement;

/// <summary><c>Microsoft.ApiManagement/service</c> (api 2022-08-01).</summary>
internal sealed record ApiManagementService(string Id, string Name, string? Type, string? Location, ApiManagementSku? Sku,
    ApiManagementServiceProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record ApiManagementSku(string? Name, int? Capacity);

internal sealed record ApiManagementServiceProperties(string? ProvisioningState, string? GatewayUrl, string? PortalUrl,
    string? DeveloperPortalUrl, string? ManagementApiUrl,
    [property: JsonPropertyName("publicIPAddresses")] IReadOnlyList<string>? PublicIPAddresses,
    [property: JsonPropertyName("privateIPAddresses")] IReadOnlyList<string>? PrivateIPAddresses,
    string? PublicNetworkAccess, string? VirtualNetworkType, bool? DisableGateway, string? PlatformVersion,
    string? CreatedAtUtc, IReadOnlyDictionary<string, string?>? CustomProperties);

/// <summary><c>…/service/{name}/apis</c>.</summary>
internal sealed record Api(string Id, string Name, string? Type, ApiProperties? Properties);

internal sealed record ApiProperties(string? DisplayName, string? Path, string? ServiceUrl, IReadOnlyList<string>? Protocols,
    bool? SubscriptionRequired, string? ApiRevision, string? ApiVersion, bool? IsCurrent, string? Type);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ApiManagementService))]
[JsonSerializable(typeof(Api))]
internal sealed partial class AzureApiManagementJsonContext : JsonSerializerContext;
