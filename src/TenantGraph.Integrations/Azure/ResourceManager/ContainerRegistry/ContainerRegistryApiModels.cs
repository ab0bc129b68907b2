using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.ContainerRegistry;

/// <summary><c>Microsoft.ContainerRegistry/registries</c> (api 2023-07-01).</summary>
internal sealed record Registry(string Id, string Name, string? Type, string? Location, RegistrySku? Sku,
    RegistryProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record RegistrySku(string? Name, string? Tier);

internal sealed record RegistryProperties(string? LoginServer, string? CreationDate, string? ProvisioningState, bool? AdminUserEnabled,
    RegistryEncryption? Encryption, string? PublicNetworkAccess, bool? AnonymousPullEnabled, bool? DataEndpointEnabled,
    string? ZoneRedundancy, string? NetworkRuleBypassOptions, RegistryNetworkRuleSet? NetworkRuleSet);

internal sealed record RegistryEncryption(string? Status);

internal sealed record RegistryNetworkRuleSet(string? DefaultAction);

/// <summary><c>…/registries/{name}/webhooks</c>.</summary>
internal sealed record Webhook(string Id, string Name, string? Type, string? Location, WebhookProperties? Properties,
    IReadOnlyDictionary<string, string?>? Tags);

internal sealed record WebhookProperties(string? Status, string? Scope, IReadOnlyList<string>? Actions, string? ProvisioningState);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Registry))]
[JsonSerializable(typeof(Webhook))]
internal sealed partial class AzureContainerRegistryJsonContext : JsonSerializerContext;
