using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.Redis;

internal static class RedisTypes
{
    public static readonly EntityMetadata Cache = new("[RM] Redis Cache", "azure_redis_cache", ["Database", "DataStore", "Cluster"]);
    public static readonly EntityMetadata FirewallRule = new("[RM] Redis Firewall Rule", "azure_firewall_rule", ["Firewall"]);

    public static readonly RelationshipMetadata CacheHasFirewallRule = RelationshipMetadata.Direct(Cache, RelationshipClass.Has, FirewallRule);

    /// <summary>A geo-replication link, primary → secondary; <c>_type</c> <c>azure_redis_cache_connects_cache</c> by the SDK rule.</summary>
    public static readonly RelationshipMetadata CacheConnectsCache = RelationshipMetadata.Direct(Cache, RelationshipClass.Connects, Cache);
}
