using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.Redis;

/// <summary><c>Microsoft.Cache/redis</c> (api 2023-08-01). Access keys are never returned by a list; they are redacted if they are.</summary>
internal sealed record RedisResource(string Id, string Name, string? Type, string? Location, RedisProperties? Properties,
    IReadOnlyList<string>? Zones, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record RedisProperties(string? ProvisioningState, string? RedisVersion, RedisSku? Sku, bool? EnableNonSslPort,
    string? MinimumTlsVersion, string? PublicNetworkAccess, string? HostName, int? Port, int? SslPort, string? SubnetId,
    [property: JsonPropertyName("staticIP")] string? StaticIP, int? ShardCount, int? ReplicasPerMaster);

internal sealed record RedisSku(string? Name, string? Family, int? Capacity);

/// <summary><c>…/redis/{name}/firewallRules</c>.</summary>
internal sealed record RedisFirewallRule(string Id, string Name, string? Type, RedisFirewallRuleProperties? Properties);

internal sealed record RedisFirewallRuleProperties([property: JsonPropertyName("startIP")] string? StartIP,
    [property: JsonPropertyName("endIP")] string? EndIP);

/// <summary><c>…/redis/{name}/linkedServers</c>: geo-replication links.</summary>
internal sealed record RedisLinkedServer(string Id, string Name, string? Type, RedisLinkedServerProperties? Properties);

internal sealed record RedisLinkedServerProperties(string? LinkedRedisCacheId, string? LinkedRedisCacheLocation, string? ServerRole,
    string? ProvisioningState);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RedisResource))]
[JsonSerializable(typeof(RedisFirewallRule))]
[JsonSerializable(typeof(RedisLinkedServer))]
internal sealed partial class AzureRedisJsonContext : JsonSerializerContext;
