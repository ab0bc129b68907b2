using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Redis;

/// <summary>
/// Azure Cache for Redis: caches listed per subscription (the reference listed per resource group, one call per
/// group; the subscription listing returns the same caches in one paged call), then rules and links per cache.
/// </summary>
internal sealed class RedisClient(StepContext context)
{
    private const string ApiVersion = "2023-08-01";

    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<RedisResource>> ListCachesAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.Cache/redis", ApiVersion, "Microsoft.Cache/redis/read"),
            AzureRedisJsonContext.Default.RedisResource, cancellationToken);

    public IAsyncEnumerable<ApiObject<RedisFirewallRule>> ListFirewallRulesAsync(string cacheId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"{cacheId}/firewallRules", ApiVersion, "Microsoft.Cache/redis/firewallRules/read"),
            AzureRedisJsonContext.Default.RedisFirewallRule, cancellationToken);

    public IAsyncEnumerable<ApiObject<RedisLinkedServer>> ListLinkedServersAsync(string cacheId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"{cacheId}/linkedServers", ApiVersion, "Microsoft.Cache/redis/linkedServers/read"),
            AzureRedisJsonContext.Default.RedisLinkedServer, cancellationToken);
}
