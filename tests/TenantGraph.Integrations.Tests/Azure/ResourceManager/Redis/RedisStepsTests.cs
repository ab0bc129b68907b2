using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Azure.ResourceManager.Redis;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.Redis;

public sealed class RedisStepsTests
{
    private const string Caches = "providers/Microsoft.Cache/redis";

    private static RecordedArm WithGeoReplicatedPair() => new RecordedArm()
        .Add("40474ebe-55a2-4071-8fa8-b610acdd8e56/resourceGroups/j1dev/providers/Microsoft.Cache/Redis", Caches)
        .AddObject(Caches, """{"id":"/subscriptions/{S}/resourceGroups/j1dev/providers/Microsoft.Cache/Redis/keionned-j1dev-primary-redis-cache","name":"keionned-j1dev-primary-redis-cache","type":"Microsoft.Cache/Redis","location":"East US","properties":{"minimumTlsVersion":"1.2","enableNonSslPort":false}}""")
        .AddObject(Caches, """{"id":"/subscriptions/{S}/resourceGroups/j1dev-secondary-redis-cache-resource-group/providers/Microsoft.Cache/Redis/keionned-j1dev-secondary-redis-cache","name":"keionned-j1dev-secondary-redis-cache","type":"Microsoft.Cache/Redis","location":"West US","properties":{}}""")
        .Add("40474ebe-55a2-4071-8fa8-b610acdd8e56/resourceGroups/*/providers/Microsoft.Cache/Redis/*/linkedServers")
        .Add("40474ebe-55a2-4071-8fa8-b610acdd8e56/resourceGroups/j1dev/providers/Microsoft.Cache/Redis/keionned-j1dev-redis-cache/firewallRules");

    [Fact]
    public async Task Firewall_rule_carries_its_address_range()
    {
        await using var cloud = await WithGeoReplicatedPair().StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), RedisSteps.RmRedisFirewallRules, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        var rule = Assert.Single(result.EntitiesOf(RedisTypes.FirewallRule.Type));
        Assert.Equal("1.2.3.4", rule.Properties["ipRangeStart"]);
        Assert.Equal("2.3.4.5", rule.Properties["ipRangeEnd"]);
        Assert.Single(result.RelationshipsOf(RedisTypes.CacheHasFirewallRule.Type));
    }

    [Fact]
    public async Task Geo_replicated_pair_is_linked_once_from_primary_to_secondary()
    {
        await using var cloud = await WithGeoReplicatedPair().StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), RedisSteps.RmRedisLinkedServers, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        var link = Assert.Single(result.RelationshipsOf("azure_redis_cache_connects_cache"));
        Assert.EndsWith("/keionned-j1dev-primary-redis-cache", link.FromKey, StringComparison.Ordinal);
        Assert.EndsWith("/keionned-j1dev-secondary-redis-cache", link.ToKey, StringComparison.Ordinal);
        Assert.Equal("West US", link.Properties["secondaryCacheLocation"]);
    }

    [Fact]
    public async Task Caches_report_their_tls_minimum_and_non_tls_port()
    {
        await using var cloud = await WithGeoReplicatedPair().StartAsync();

        var result = await StepHarness.RunWithDependenciesAsync(new AzureIntegration(), RedisSteps.RmRedisCaches, cloud,
            Timeouts.Token(), RecordedArm.Settings);

        var cache = Assert.Single(result.EntitiesOf(RedisTypes.Cache.Type), c => c.Key.EndsWith("/keionned-j1dev-redis-cache", StringComparison.Ordinal));
        Assert.Equal("1.2", cache.Properties["minimumTlsVersion"]);
        Assert.Equal(false, cache.Properties["enableNonSslPort"]);
        Assert.Equal(3, result.RelationshipsOf("azure_resource_group_has_redis_cache").Count);
    }
}
