using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Network;

/// <summary>azure-spec §5.4 <c>azure_security_group</c>.</summary>
internal static class SecurityGroupConverter
{
    private static readonly EntityMap<NetworkSecurityGroup> Map = new(NetworkTypes.SecurityGroup)
    {
        Key = nsg => nsg.Id,
        Properties =
        {
            ["region"] = nsg => nsg.Location,
            ["resourceGroup"] = nsg => ResourceId.Parse(nsg.Id).ResourceGroupName,
            ["category"] = Category,
            ["isWideOpen"] = nsg => SecurityRuleMapping.IsWideOpen(
                [.. nsg.Properties?.DefaultSecurityRules ?? [], .. nsg.Properties?.SecurityRules ?? []]),
        },
    };

    public static Entity ToEntity(ApiObject<NetworkSecurityGroup> nsg, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(nsg), links, nsg.Value.Tags, "environment");

    /// <summary><c>network</c> when it guards subnets, <c>host</c> when it guards interfaces.</summary>
    private static string[] Category(NetworkSecurityGroup nsg)
    {
        var category = new List<string>();
        if (nsg.Properties?.Subnets is { Count: > 0 })
        {
            category.Add("network");
        }

        if (nsg.Properties?.NetworkInterfaces is { Count: > 0 })
        {
            category.Add("host");
        }

        return [.. category];
    }
}
