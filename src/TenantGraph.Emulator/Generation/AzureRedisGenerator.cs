using System.Globalization;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>
/// Premium Redis caches with firewall rules, each even-numbered cache geo-replicated to the next one (a linked
/// server). The access keys are filled in, as a listKeys call would return them, so tests can prove they are dropped.
/// </summary>
internal static class AzureRedisGenerator
{
    public static void Generate(GeneratorContext context, string subscription, IReadOnlyList<(string Name, string Location)> groups)
    {
        var caches = new List<(string Id, string Name, string Location)>();
        for (var i = 0; i < context.Options.ServicesPerType; i++)
        {
            var (group, location) = groups[i % groups.Count];
            var name = $"redis-{context.Pick(Names.Workloads)}-{context.Hex(3)}";
            var id = ArmResources.Id(subscription, group, "Microsoft.Cache/Redis", name);
            caches.Add((id, name, location));
            context.Data.Add(AzureNetworkGenerator.List(subscription, "Microsoft.Cache/Redis"), new JsonObject
            {
                ["id"] = id, ["location"] = location, ["name"] = name, ["type"] = "Microsoft.Cache/Redis", ["tags"] = ArmResources.Tags(context, "cache"),
                ["zones"] = new JsonArray("1", "2"),
                ["properties"] = new JsonObject
                {
                    ["provisioningState"] = "Succeeded", ["redisVersion"] = "6.0.14", ["sku"] = new JsonObject { ["name"] = "Premium", ["family"] = "P", ["capacity"] = 1 },
                    ["enableNonSslPort"] = context.Chance(0.2), ["minimumTlsVersion"] = context.Chance(0.8) ? "1.2" : "1.0",
                    ["publicNetworkAccess"] = context.Chance(0.5) ? "Enabled" : "Disabled", ["hostName"] = $"{name}.redis.cache.windows.net",
                    ["port"] = 6379, ["sslPort"] = 6380, ["shardCount"] = 1, ["replicasPerMaster"] = 1, ["replicasPerPrimary"] = 1,
                    ["accessKeys"] = new JsonObject { ["primaryKey"] = ArmResources.AccessKey(context), ["secondaryKey"] = ArmResources.AccessKey(context) },
                    ["redisConfiguration"] = new JsonObject { ["maxclients"] = "7500", ["maxmemory-reserved"] = "200", ["maxmemory-policy"] = "volatile-lru" },
                    ["linkedServers"] = new JsonArray(), ["instances"] = new JsonArray(new JsonObject { ["sslPort"] = 15000, ["isMaster"] = true, ["isPrimary"] = true }),
                },
            });
            for (var r = 0; r < context.Options.ChildrenPerParent; r++)
            {
                var rule = $"office{r.ToString(CultureInfo.InvariantCulture)}";
                var start = context.Ip("198.51");
                context.Data.Add($"arm{id}/firewallRules", new JsonObject
                {
                    ["id"] = $"{id}/firewallRules/{rule}", ["name"] = $"{name}/{rule}", ["type"] = "Microsoft.Cache/Redis/firewallRules",
                    ["properties"] = new JsonObject { ["startIP"] = start, ["endIP"] = r == 0 ? "255.255.255.255" : start },
                });
            }
        }

        for (var i = 0; i + 1 < caches.Count; i += 2)
        {
            var (primary, secondary) = (caches[i], caches[i + 1]);
            context.Data.Add($"arm{primary.Id}/linkedServers", new JsonObject
            {
                ["id"] = $"{primary.Id}/linkedServers/{secondary.Name}", ["name"] = secondary.Name, ["type"] = "Microsoft.Cache/Redis/linkedServers",
                ["properties"] = new JsonObject
                {
                    ["linkedRedisCacheId"] = secondary.Id, ["linkedRedisCacheLocation"] = secondary.Location, ["serverRole"] = "Secondary",
                    ["geoReplicatedPrimaryHostName"] = $"{primary.Name}.redis.cache.windows.net", ["primaryHostName"] = $"{primary.Name}.redis.cache.windows.net",
                    ["provisioningState"] = "Succeeded",
                },
            });
        }
    }
}
