using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.ServiceBus;

/// <summary><c>Microsoft.ServiceBus/namespaces</c> (api 2021-11-01).</summary>
internal sealed record Namespace(string Id, string Name, string? Type, string? Location, NamespaceSku? Sku,
    NamespaceProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record NamespaceSku(string? Name, string? Tier, int? Capacity);

internal sealed record NamespaceProperties(string? ProvisioningState, string? Status, string? CreatedAt, string? UpdatedAt,
    string? ServiceBusEndpoint, string? MinimumTlsVersion, string? PublicNetworkAccess, bool? DisableLocalAuth, bool? ZoneRedundant,
    NamespaceEncryption? Encryption);

internal sealed record NamespaceEncryption(string? KeySource);

/// <summary>A queue, topic or topic subscription: the fields the three share.</summary>
internal sealed record MessagingEntity(string Id, string Name, string? Type, MessagingEntityProperties? Properties);

internal sealed record MessagingEntityProperties(string? Status, string? CreatedAt, string? UpdatedAt, string? AccessedAt, long? MaxSizeInMegabytes,
    bool? RequiresSession, bool? RequiresDuplicateDetection, bool? EnablePartitioning, bool? EnableExpress, bool? EnableBatchedOperations,
    bool? DeadLetteringOnMessageExpiration, int? MaxDeliveryCount, long? MessageCount, long? SizeInBytes, int? SubscriptionCount,
    string? LockDuration, string? DefaultMessageTimeToLive, string? AutoDeleteOnIdle, string? ForwardTo, string? ForwardDeadLetteredMessagesTo);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Namespace))]
[JsonSerializable(typeof(MessagingEntity))]
internal sealed partial class AzureServiceBusJsonContext : JsonSerializerContext;
