using TenantGraph.Integrations.Defender.Machines;

namespace TenantGraph.Integrations.Tests.Defender;

public sealed class MachineAddressesTests
{
    private static MachineIpAddress Nic(string? ip, string? mac, string type = "Ethernet") => new(ip, mac, type, "Up");

    [Fact]
    public void Private_apipa_and_loopback_addresses_give_no_mac()
    {
        var macs = MachineAddresses.PublicMacs(
        [
            Nic("10.0.0.4", "001122334455"), Nic("172.20.1.1", "001122334456"), Nic("192.168.1.9", "001122334457"),
            Nic("169.254.3.3", "001122334458"), Nic("127.0.0.1", "000000000000", "SoftwareLoopback"),
        ]);

        Assert.Empty(macs);
    }

    [Fact]
    public void Mac_seen_on_a_public_address_is_kept_upper_case_with_colons()
    {
        Assert.Equal(["00:0D:3A:9A:BB:3A"], MachineAddresses.PublicMacs([Nic("20.81.4.5", "000d3a9abb3a")]));
    }

    [Fact]
    public void Mac_of_an_ipv6_link_local_entry_is_kept_as_the_reference_keeps_it()
    {
        var macs = MachineAddresses.PublicMacs([Nic("10.6.0.6", "000D3A9ABB3A"), Nic("fe80::20d:3aff:fe9a:bb3a", "000D3A9ABB3A")]);

        Assert.Equal(["00:0D:3A:9A:BB:3A"], macs);
    }

    [Fact]
    public void Addresses_outside_172_16_to_31_are_public()
    {
        Assert.Equal(["00:11:22:33:44:55"], MachineAddresses.PublicMacs([Nic("172.32.0.1", "001122334455")]));
    }

    [Fact]
    public void Duplicate_macs_are_collapsed()
    {
        var macs = MachineAddresses.PublicMacs([Nic("20.1.1.1", "AABBCCDDEEFF"), Nic("20.1.1.2", "aa:bb:cc:dd:ee:ff"), Nic("2001:db8::1", "AABBCCDDEEFF")]);

        Assert.Equal(["AA:BB:CC:DD:EE:FF"], macs);
    }

    [Fact]
    public void Null_macs_are_skipped()
    {
        Assert.Empty(MachineAddresses.PublicMacs([Nic("20.1.1.1", null)]));
    }

    [Fact]
    public void All_zero_macs_are_dropped_in_any_form()
    {
        Assert.Empty(MachineAddresses.PublicMacs([Nic("20.1.1.1", "000000000000"), Nic("20.1.1.2", "00-00-00-00-00-00"), Nic("::1", "00:00:00:00:00:00")]));
    }

    [Fact]
    public void Dashed_mac_stays_dashed_and_upper_case()
    {
        Assert.Equal(["AA-BB-CC-DD-EE-0F"], MachineAddresses.PublicMacs([Nic("20.1.1.1", "aa-bb-cc-dd-ee-0f")]));
    }

    [Fact]
    public void Text_that_is_not_a_mac_is_dropped()
    {
        Assert.Empty(MachineAddresses.PublicMacs([Nic("20.1.1.1", "not-a-mac"), Nic("20.1.1.2", "AABBCCDDEE")]));
    }

    [Fact]
    public void Loopback_type_entries_give_no_mac_even_on_a_public_address()
    {
        Assert.Empty(MachineAddresses.PublicMacs([Nic("20.1.1.1", "AABBCCDDEEFF", "SoftwareLoopback")]));
    }

    [Fact]
    public void Filtered_addresses_drop_loopback_and_duplicates_in_order()
    {
        var filtered = MachineAddresses.Filtered([Nic("10.6.0.6", null), Nic("127.0.0.1", null), Nic("fe80::1", null), Nic("::1", null), Nic("10.6.0.6", null), Nic("", null)]);

        Assert.Equal(["10.6.0.6", "fe80::1"], filtered);
    }

    [Fact]
    public void All_addresses_keep_loopback_and_duplicates()
    {
        Assert.Equal(["10.6.0.6", "127.0.0.1", "10.6.0.6"], MachineAddresses.All([Nic("10.6.0.6", null), Nic("127.0.0.1", null), Nic("10.6.0.6", null)]));
    }

    [Fact]
    public void Private_and_public_lists_split_by_range_and_add_the_external_address()
    {
        string[] ips = ["10.6.0.6", "fe80::20d:3aff:fe9a:bb3a", "52.1.2.3"];

        Assert.Equal(["10.6.0.6", "fe80::20d:3aff:fe9a:bb3a"], MachineAddresses.Private(ips));
        Assert.Equal(["52.1.2.3", "172.203.230.54"], MachineAddresses.Public(ips, "172.203.230.54"));
    }

    [Fact]
    public void Data_model_macs_are_lower_case_with_colons()
    {
        Assert.Equal(["aa:bb:cc:dd:ee:0f"], MachineAddresses.DataModelMacs(["AA-BB-CC-DD-EE-0F", "AA:BB:CC:DD:EE:0F"]));
    }
}
