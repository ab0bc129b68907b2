using TenantGraph.Integrations.Azure.ResourceManager.Network;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager.Network;

public sealed class SecurityRuleMappingTests
{
    [Theory]
    [InlineData("*", 0, 65535)]
    [InlineData("22", 22, 22)]
    [InlineData("1024-65535", 1024, 65535)]
    [InlineData(" 80 - 81 ", 80, 81)]
    public void Port_range_text_gives_from_and_to_ports(string text, int from, int to)
    {
        var range = SecurityRuleMapping.ParsePortRange(text);

        Assert.Equal((from, to), (range!.FromPort, range.ToPort));
    }

    [Fact]
    public void Unparsable_port_range_is_skipped()
    {
        Assert.Null(SecurityRuleMapping.ParsePortRange("http"));
    }

    [Fact]
    public void Single_range_and_range_list_are_combined()
    {
        var rule = Rule() with { DestinationPortRange = "22", DestinationPortRanges = ["80", "443-445"] };

        Assert.Equal(["22", "80", "443-445"], SecurityRuleMapping.PortRanges(rule).Select(r => r.Text).ToArray());
    }

    [Theory]
    [InlineData("*", "Internet")]
    [InlineData("Internet", "Internet")]
    [InlineData("0.0.0.0/0", "Internet")]
    [InlineData("8.8.8.8/32", "Host")]
    [InlineData("10.1.0.0/16", "PrivateSubnet")]
    [InlineData("172.20.0.0/16", "PrivateSubnet")]
    [InlineData("192.168.1.7", "PrivateSubnet")]
    [InlineData("52.0.0.0/8", "PublicNetwork")]
    [InlineData("Storage.WestUS", "ServiceTag")]
    public void Address_prefix_is_classified_as_the_reference_does(string prefix, string kind)
    {
        Assert.Equal(kind, SecurityRuleMapping.Classify(prefix).Kind.ToString());
    }

    [Theory]
    [InlineData("VirtualNetwork", "azure_virtual_network")]
    [InlineData("AzureLoadBalancer", "azure_load_balancer")]
    [InlineData("AzureCloud", "azure_cloud")]
    [InlineData("Storage.WestUS", "azure_storage_west_us")]
    [InlineData("SQL", "azure_sql")]
    public void Service_tag_becomes_a_snake_case_azure_type(string tag, string type)
    {
        Assert.Equal(type, SecurityRuleMapping.ServiceTagType(tag));
    }

    [Fact]
    public void Inbound_rules_name_their_peers_in_the_source_prefixes()
    {
        var rule = Rule() with { Direction = "Inbound", SourceAddressPrefix = "1.2.3.4/32", SourceAddressPrefixes = ["5.6.7.8/32"], DestinationAddressPrefix = "*" };

        Assert.Equal(["1.2.3.4/32", "5.6.7.8/32"], SecurityRuleMapping.TargetPrefixes(rule));
    }

    [Fact]
    public void Outbound_rules_name_their_peers_in_the_destination_prefixes()
    {
        var rule = Rule() with { Direction = "Outbound", SourceAddressPrefix = "*", DestinationAddressPrefix = "Internet" };

        Assert.Equal(["Internet"], SecurityRuleMapping.TargetPrefixes(rule));
    }

    [Fact]
    public void Group_whose_open_allow_comes_before_its_open_deny_is_wide_open()
    {
        SecurityRule[] rules = [Open("Allow", 100), Open("Deny", 65500)];

        Assert.True(SecurityRuleMapping.IsWideOpen(rules));
    }

    [Fact]
    public void Group_whose_open_deny_comes_first_is_not_wide_open()
    {
        SecurityRule[] rules = [Open("Allow", 4000), Open("Deny", 100)];

        Assert.False(SecurityRuleMapping.IsWideOpen(rules));
    }

    private static SecurityRuleProperties Rule() =>
        new(null, "*", "*", null, "*", null, "*", null, "*", null, "Allow", 100, "Inbound", null);

    private static SecurityRule Open(string access, int priority) =>
        new($"/rules/{access}", access, null, null, Rule() with { Access = access, Priority = priority });
}
