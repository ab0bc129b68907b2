using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.Network;

internal static class NetworkTypes
{
    public static readonly EntityMetadata PublicIp = new("[RM] Public IP Address", "azure_public_ip", ["IpAddress"]);
    public static readonly EntityMetadata Nic = new("[RM] Network Interface", "azure_nic", ["NetworkInterface"]);
    public static readonly EntityMetadata SecurityGroup = new("[RM] Security Group", "azure_security_group", ["Firewall"]);
    public static readonly EntityMetadata VirtualNetwork = new("[RM] Virtual Network", "azure_vnet", ["Network"]);
    public static readonly EntityMetadata Subnet = new("[RM] Subnet", "azure_subnet", ["Network"]);
    public static readonly EntityMetadata LoadBalancer = new("[RM] Load Balancer", "azure_lb", ["Gateway"]);

    public static readonly RelationshipMetadata SecurityGroupProtectsNic =
        RelationshipMetadata.Direct(SecurityGroup, RelationshipClass.Protects, Nic);

    public static readonly RelationshipMetadata SecurityGroupProtectsSubnet =
        RelationshipMetadata.Direct(SecurityGroup, RelationshipClass.Protects, Subnet);

    public static readonly RelationshipMetadata VirtualNetworkContainsSubnet =
        RelationshipMetadata.Direct(VirtualNetwork, RelationshipClass.Contains, Subnet);

    public static readonly RelationshipMetadata LoadBalancerConnectsNic =
        RelationshipMetadata.Direct(LoadBalancer, RelationshipClass.Connects, Nic);

    /// <summary>Every security-rule edge has the seed's <c>_type</c> <c>azure_security_group_rule</c> (azure-spec §6.1).</summary>
    public const string SecurityGroupRuleType = "azure_security_group_rule";

    /// <summary>The seed's declared rule edge: an allow rule between a security group and a collected subnet.</summary>
    public static readonly RelationshipMetadata SecurityGroupAllowsSubnet =
        RelationshipMetadata.Direct(SecurityGroup, RelationshipClass.Allows, Subnet, SecurityGroupRuleType);

    /// <summary>
    /// Deny rules toward a collected subnet. Not in the seed's table (only ALLOWS is), but the reference emits
    /// them with the same <c>_type</c> (§6.1); reverse-direction rules run subnet → security group.
    /// </summary>
    public static readonly RelationshipMetadata SecurityGroupDeniesSubnet =
        RelationshipMetadata.Direct(SecurityGroup, RelationshipClass.Denies, Subnet, SecurityGroupRuleType);

    public static readonly RelationshipMetadata SubnetAllowsSecurityGroup =
        RelationshipMetadata.Direct(Subnet, RelationshipClass.Allows, SecurityGroup, SecurityGroupRuleType);

    public static readonly RelationshipMetadata SubnetDeniesSecurityGroup =
        RelationshipMetadata.Direct(Subnet, RelationshipClass.Denies, SecurityGroup, SecurityGroupRuleType);

    /// <summary>Rules toward the Internet, hosts, public networks and service tags: mapped, one per verb and direction.</summary>
    public static readonly IReadOnlyList<MappedRelationshipMetadata> RuleTargets =
    [
        MappedRelationshipMetadata.Create(SecurityGroup.Type, RelationshipClass.Allows, GlobalEntities.InternetType, RelationshipDirection.Reverse, SecurityGroupRuleType),
        MappedRelationshipMetadata.Create(SecurityGroup.Type, RelationshipClass.Allows, GlobalEntities.InternetType, RelationshipDirection.Forward, SecurityGroupRuleType),
        MappedRelationshipMetadata.Create(SecurityGroup.Type, RelationshipClass.Denies, GlobalEntities.InternetType, RelationshipDirection.Reverse, SecurityGroupRuleType),
        MappedRelationshipMetadata.Create(SecurityGroup.Type, RelationshipClass.Denies, GlobalEntities.InternetType, RelationshipDirection.Forward, SecurityGroupRuleType),
    ];
}
