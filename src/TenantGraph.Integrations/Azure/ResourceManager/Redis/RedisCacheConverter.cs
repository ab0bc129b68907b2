using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Redis;

/// <summary>azure-spec §5.8 <c>azure_redis_cache</c>, with its transport security settings.</summary>
internal static class RedisCacheConverter
{
    private static readonly EntityMap<RedisResource> Map = new(RedisTypes.Cache)
    {
        Key = c => c.Id,
        Properties =
        {
            ["id"] = c => c.Id,
            ["name"] = c => c.Name,
            ["displayName"] = c => c.Name,
            ["type"] = c => c.Type,
            ["region"] = c => c.Location,
            ["location"] = c => c.Location,
            ["resourceGroup"] = c => ResourceId.Parse(c.Id).ResourceGroupName,
            ["provisioningState"] = c => c.Properties?.ProvisioningState,
            ["redisVersion"] = c => c.Properties?.RedisVersion,
            ["sku.name"] = c => c.Properties?.Sku?.Name,
            ["sku.family"] = c => c.Properties?.Sku?.Family,
            ["sku.capacity"] = c => c.Properties?.Sku?.Capacity,
            ["hostName"] = c => c.Properties?.HostName,
            ["port"] = c => c.Properties?.Port,
            ["sslPort"] = c => c.Properties?.SslPort,
            ["enableNonSslPort"] = c => c.Properties?.EnableNonSslPort,
            ["minimumTlsVersion"] = c => c.Properties?.MinimumTlsVersion,
            ["publicNetworkAccess"] = c => c.Properties?.PublicNetworkAccess,
            ["subnetId"] = c => c.Properties?.SubnetId,
            ["staticIp"] = c => c.Properties?.StaticIP,
            ["shardCount"] = c => c.Properties?.ShardCount,
            ["replicasPerMaster"] = c => c.Properties?.ReplicasPerMaster,
            ["zones"] = c => c.Zones?.ToArray(),
            ["encrypted"] = _ => null,
            ["classification"] = _ => null,
        },
    };

    public static Entity ToEntity(ApiObject<RedisResource> cache, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(RawRedaction.Apply(cache, "accessKeys")), links, cache.Value.Tags);
}
