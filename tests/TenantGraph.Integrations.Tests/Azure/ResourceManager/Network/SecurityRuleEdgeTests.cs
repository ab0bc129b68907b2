using TenantGraph.Core.Graph;
using TenantGraph.Integrations.Tests.Azure.Support;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.Network;

/// <summary>The edges of the Contoso security group's rules (azure-spec §6.1).</summary>
public sealed class SecurityRuleEdgeTests(ContosoRun contoso) : IClassFixture<ContosoRun>
{
    private const string Rule = "azure_security_group_rule:" + Contoso.NsgId;

    private async Task<Relationship> EdgeAsync(string key)
    {
        var result = await contoso.ResultAsync(Timeouts.Token());
        return Assert.Single(result.RelationshipsOf("azure_security_group_rule"), r => r.Key == key);
    }

    [Fact]
    public async Task Inbound_rule_from_the_internet_maps_from_the_global_internet_entity()
    {
        var edge = await EdgeAsync($"{Rule}/securityRules/AllowSsh:22:internet");

        Assert.Equal(RelationshipClass.Allows, edge.Class);
        Assert.Equal(RelationshipDirection.Reverse, edge.Mapping!.Direction);
        Assert.Equal("global:internet", edge.Mapping.TargetEntity.GetString("_key"));
        Assert.Equal(Contoso.NsgId, edge.Mapping.SourceEntityKey);
        Assert.Equal((22L, 22L, true, false, "tcp"), ((long)edge.Properties["fromPort"]!, (long)edge.Properties["toPort"]!,
            (bool)edge.Properties["ingress"]!, (bool)edge.Properties["egress"]!, (string)edge.Properties["ipProtocol"]!));
    }

    [Fact]
    public async Task Port_range_is_split_into_from_and_to_ports()
    {
        var edge = await EdgeAsync($"{Rule}/securityRules/AllowHighPortsFromHost:1024-65535:Host:203.0.113.5:203.0.113.5:203.0.113.5");

        Assert.Equal(1024L, edge.Properties["fromPort"]);
        Assert.Equal(65535L, edge.Properties["toPort"]);
        Assert.Equal("1024-65535", edge.Properties["portRange"]);
    }

    [Fact]
    public async Task Host_prefix_maps_to_a_host_target_by_address()
    {
        var edge = await EdgeAsync($"{Rule}/securityRules/AllowHighPortsFromHost:1024-65535:Host:203.0.113.5:203.0.113.5:203.0.113.5");

        Assert.Equal("Host", edge.Mapping!.TargetEntity.GetString("_class"));
        Assert.Equal("203.0.113.5", edge.Mapping.TargetEntity.GetString("ipAddress"));
    }

    [Fact]
    public async Task Each_destination_port_range_gets_its_own_edge_to_the_matching_private_subnet()
    {
        var result = await contoso.ResultAsync(Timeouts.Token());

        var edges = result.RelationshipsOf("azure_security_group_rule").Where(r => r.Key.Contains("AllowWebFromSubnet", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["80", "443"], edges.Select(e => (string)e.Properties["portRange"]!).ToArray());
        // Inbound from the subnet: the edge runs subnet → security group, directly to the collected subnet.
        Assert.All(edges, e => Assert.Equal((Contoso.Subnet2, Contoso.NsgId), (e.FromKey, e.ToKey)));
    }

    [Fact]
    public async Task Outbound_deny_to_a_public_network_maps_forward_to_that_cidr()
    {
        var edge = await EdgeAsync($"{Rule}/securityRules/DenyToPartner:*:Network:198.51.100.0/24");

        Assert.Equal(RelationshipClass.Denies, edge.Class);
        Assert.Equal(RelationshipDirection.Forward, edge.Mapping!.Direction);
        Assert.Equal("198.51.100.0/24", edge.Mapping.TargetEntity.GetString("CIDR"));
        Assert.Equal((0L, 65535L, true), ((long)edge.Properties["fromPort"]!, (long)edge.Properties["toPort"]!, (bool)edge.Properties["egress"]!));
    }

    [Fact]
    public async Task Service_tags_map_to_azure_service_types()
    {
        var vnet = await EdgeAsync($"{Rule}/defaultSecurityRules/AllowVnetInBound:*:Service:azure_virtual_network:VirtualNetwork");
        var lb = await EdgeAsync($"{Rule}/defaultSecurityRules/AllowAzureLoadBalancerInBound:*:Service:azure_load_balancer:AzureLoadBalancer");

        Assert.Equal("azure_virtual_network", vnet.Mapping!.TargetEntity.GetString("_type"));
        Assert.Equal("azure_load_balancer", lb.Mapping!.TargetEntity.GetString("_type"));
    }

    [Fact]
    public async Task Outbound_allow_to_the_internet_maps_forward()
    {
        var edge = await EdgeAsync($"{Rule}/defaultSecurityRules/AllowInternetOutBound:*:internet");

        Assert.Equal((RelationshipClass.Allows, RelationshipDirection.Forward), (edge.Class, edge.Mapping!.Direction));
    }

    [Fact]
    public async Task Inbound_deny_all_maps_as_a_deny_from_the_internet()
    {
        var edge = await EdgeAsync($"{Rule}/defaultSecurityRules/DenyAllInBound:*:internet");

        Assert.Equal((RelationshipClass.Denies, RelationshipDirection.Reverse), (edge.Class, edge.Mapping!.Direction));
        Assert.Equal(65500L, edge.Properties["ruleNumber"]);
    }

    [Fact]
    public async Task Private_prefix_without_a_collected_subnet_gives_no_edge()
    {
        var result = await contoso.ResultAsync(Timeouts.Token());

        Assert.DoesNotContain(result.RelationshipsOf("azure_security_group_rule"), r => r.Key.Contains("DenyToOrphanCidr", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Security_group_protects_its_interfaces_and_subnets()
    {
        var result = await contoso.ResultAsync(Timeouts.Token());

        Assert.Equal(Contoso.NicId, Assert.Single(result.RelationshipsOf("azure_security_group_protects_nic")).ToKey, ignoreCase: true);
        Assert.Equal(Contoso.Subnet1, Assert.Single(result.RelationshipsOf("azure_security_group_protects_subnet")).ToKey);
        var nsg = Assert.Single(result.EntitiesOf("azure_security_group"));
        Assert.Equal(new[] { "network", "host" }, nsg.Properties["category"]);
        Assert.Equal(false, nsg.Properties["isWideOpen"]);
    }
}
