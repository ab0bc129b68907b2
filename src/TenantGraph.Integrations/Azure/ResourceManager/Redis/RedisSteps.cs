using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Redis;

/// <summary>Redis caches, their firewall rules and their geo-replication links (azure-spec §3.2, §6.8).</summary>
internal static class RedisSteps
{
    public const string RmRedisCaches = "rm-redis-caches";
    public const string RmRedisFirewallRules = "rm-redis-firewall-rules";
    public const string RmRedisLinkedServers = "rm-redis-linked-servers";

    public static readonly StepDefinition Caches = new(
        Id: RmRedisCaches, Name: "Redis Caches",
        Entities: [RedisTypes.Cache],
        Relationships: [ResourceGroupEdges.Has(RedisTypes.Cache)],
        DependsOn: [ResourcesSteps.RmResourcesResourceGroups],
        Permissions: ["Microsoft.Cache/redis/read"],
        Handler: FetchCachesAsync);

    public static readonly StepDefinition FirewallRules = new(
        Id: RmRedisFirewallRules, Name: "Redis Firewall Rules",
        Entities: [RedisTypes.FirewallRule],
        Relationships: [RedisTypes.CacheHasFirewallRule],
        DependsOn: [RmRedisCaches],
        Permissions: ["Microsoft.Cache/redis/firewallRules/read"],
        Handler: FetchFirewallRulesAsync);

    public static readonly StepDefinition LinkedServers = new(
        Id: RmRedisLinkedServers, Name: "Redis Linked Servers",
        Entities: [],
        Relationships: [RedisTypes.CacheConnectsCache],
        DependsOn: [RmRedisCaches],
        Permissions: ["Microsoft.Cache/redis/linkedServers/read"],
        Handler: BuildLinkedServerRelationshipsAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [Caches, FirewallRules, LinkedServers];

    private static async Task FetchCachesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new RedisClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var cache in client.ListCachesAsync(subscriptionId, ct))
            {
                var entity = RedisCacheConverter.ToEntity(cache, instance.Links);
                context.JobState.AddEntity(entity);
                ResourceGroupEdges.TryAdd(context, entity);
            }
        }, cancellationToken);
    }

    private static async Task FetchFirewallRulesAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new RedisClient(context);
        await ChildListing.ForEachParentAsync(context, RedisTypes.Cache.Type, async (cacheKey, ct) =>
        {
            await foreach (var rule in client.ListFirewallRulesAsync(cacheKey, ct))
            {
                var entity = FirewallRuleConverter.ToEntity(rule, instance.Links);
                context.JobState.AddEntity(entity);
                context.JobState.AddRelationship(RedisTypes.CacheHasFirewallRule.Create(cacheKey, entity.Key));
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Each link is listed by both caches; only the primary's entry (the one naming its <c>Secondary</c>) makes
    /// the edge, so each pair is linked once, primary → secondary, and only when both caches were collected.
    /// </summary>
    private static async Task BuildLinkedServerRelationshipsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new RedisClient(context);
        await ChildListing.ForEachParentAsync(context, RedisTypes.Cache.Type, async (cacheKey, ct) =>
        {
            await foreach (var link in client.ListLinkedServersAsync(cacheKey, ct))
            {
                var properties = link.Value.Properties;
                if (!string.Equals(properties?.ServerRole, "Secondary", StringComparison.OrdinalIgnoreCase)
                    || properties?.LinkedRedisCacheId is not { Length: > 0 } secondaryId)
                {
                    continue;
                }

                if (context.JobState.FindEntity(secondaryId) is not { } secondary || secondary.Type != RedisTypes.Cache.Type)
                {
                    AzureLog.ReferenceNotCollected(context.Logger, context.StepId, $"linked server {link.Value.Id}", secondaryId);
                    continue;
                }

                var edge = RedisTypes.CacheConnectsCache.Create(cacheKey, secondary.Key, EdgeProperties.Of(
                    ("linkedServerId", link.Value.Id),
                    ("webLink", instance.Links.For(link.Value.Id)),
                    ("primaryCacheId", cacheKey),
                    ("primaryCacheName", ResourceId.Parse(cacheKey).Name),
                    ("secondaryCacheId", secondary.Key),
                    ("secondaryCacheName", link.Value.Name),
                    ("secondaryCacheLocation", properties.LinkedRedisCacheLocation),
                    ("type", link.Value.Type),
                    ("provisioningState", properties.ProvisioningState)));
                if (!context.JobState.HasKey(edge.Key))
                {
                    context.JobState.AddRelationship(edge);
                }
            }
        }, cancellationToken);
    }
}
