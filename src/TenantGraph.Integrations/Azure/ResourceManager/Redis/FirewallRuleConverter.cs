using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Redis;

/// <summary>azure-spec §5.8 <c>azure_firewall_rule</c>: an address range a Redis cache accepts.</summary>
internal static class FirewallRuleConverter
{
    private static readonly EntityMap<RedisFirewallRule> Map = new(RedisTypes.FirewallRule)
    {
        Key = r => r.Id,
        Properties =
        {
            ["id"] = r => r.Id,
            ["name"] = r => r.Name,
            ["displayName"] = r => r.Name,
            ["type"] = r => r.Type,
            ["resourceGroup"] = r => ResourceId.Parse(r.Id).ResourceGroupName,
            ["category"] = _ => new[] { "host" },
            ["ipRangeStart"] = r => r.Properties?.StartIP,
            ["ipRangeEnd"] = r => r.Properties?.EndIP,
            ["isStateful"] = _ => false,
        },
    };

    public static Entity ToEntity(ApiObject<RedisFirewallRule> rule, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(rule), links, null);
}
