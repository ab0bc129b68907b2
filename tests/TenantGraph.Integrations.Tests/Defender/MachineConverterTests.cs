using TenantGraph.Integrations.Defender.Machines;

namespace TenantGraph.Integrations.Tests.Defender;

public sealed class MachineConverterTests
{
    /// <summary>The Ubuntu VM of the recorded tenant (spec §B5.7's example).</summary>
    internal const string Vm1 = """
        {
          "id": "241056b69203a660e7521c8c3bfc2476f8cf2ae0", "mergedIntoMachineId": null, "isPotentialDuplication": false,
          "computerDnsName": "VM1.oipfwnijg2hexlv4f1mw1ugjgg.bx.internal.cloudapp.net",
          "firstSeen": "2024-01-25T18:45:56.688814Z", "lastSeen": "2024-01-25T18:45:56.688814Z",
          "osPlatform": "Ubuntu", "osVersion": null, "osProcessor": "x64", "version": "20.4",
          "lastIpAddress": "10.6.0.6", "lastExternalIpAddress": "172.203.230.54", "agentVersion": "30.123032.19864.0",
          "osBuild": null, "healthStatus": "Inactive", "deviceValue": "Normal", "rbacGroupId": 0, "rbacGroupName": null,
          "riskScore": "None", "exposureLevel": "Low", "isAadJoined": null, "aadDeviceId": null, "machineTags": [],
          "defenderAvStatus": "NotSupported", "onboardingStatus": "Onboarded", "osArchitecture": "64-bit",
          "managedBy": "Unknown", "managedByStatus": "Unknown",
          "ipAddresses": [
            { "ipAddress": "10.6.0.6", "macAddress": "000D3A9ABB3A", "type": "Other", "operationalStatus": "Up" },
            { "ipAddress": "fe80::20d:3aff:fe9a:bb3a", "macAddress": "000D3A9ABB3A", "type": "Other", "operationalStatus": "Up" },
            { "ipAddress": "127.0.0.1", "macAddress": "000000000000", "type": "Other", "operationalStatus": "Up" },
            { "ipAddress": "::1", "macAddress": "000000000000", "type": "Other", "operationalStatus": "Up" }
          ],
          "vmMetadata": {
            "vmId": "2ca81940-456f-4e56-b80a-68b4f3d3da23", "cloudProvider": "Azure",
            "resourceId": "/subscriptions/193f89dc-6225-4a80-bacb-96b32fbf6dd0/resourceGroups/j1dev/providers/Microsoft.Compute/virtualMachines/VM1",
            "subscriptionId": "193f89dc-6225-4a80-bacb-96b32fbf6dd0"
          }
        }
        """;

    private static readonly Core.Graph.ApiObject<Machine> Machine = DefenderJson.Parse(Vm1, MachinesJsonContext.Default.Machine);

    [Fact]
    public void Machine_is_a_valid_host_agent_keyed_by_its_id()
    {
        var entity = MachineConverter.ToEntity(Machine);

        DefenderJson.AssertValid(entity);
        Assert.Equal("microsoft_defender_machine:241056b69203a660e7521c8c3bfc2476f8cf2ae0", entity.Key);
    }

    [Fact]
    public void Machine_has_the_reference_properties()
    {
        var p = MachineConverter.ToEntity(Machine).Properties;

        Assert.Equal("VM1.oipfwnijg2hexlv4f1mw1ugjgg.bx.internal.cloudapp.net", p["displayName"]);
        Assert.Equal(1706208356688L, p["firstSeenOn"]);
        Assert.Equal(1706208356688L, p["lastSeenOn"]);
        Assert.Equal(new[] { "10.6.0.6", "fe80::20d:3aff:fe9a:bb3a" }, p["ipAddress"]);
        Assert.Equal(new[] { "00:0D:3A:9A:BB:3A" }, p["macAddress"]);
        Assert.Equal(0L, p["rbacGroupId"]);
        Assert.True(p.Contains("rbacGroupName") && p["rbacGroupName"] is null);
        Assert.Equal(6, ((string[])p["function"]!).Length);
    }

    [Fact]
    public void Machine_without_last_seen_has_null_last_seen_on()
    {
        var entity = MachineConverter.ToEntity(DefenderJson.Parse("""{"id":"abcdef0123456789","lastSeen":null}""", MachinesJsonContext.Default.Machine));

        DefenderJson.AssertValid(entity);
        Assert.True(entity.Properties.Contains("lastSeenOn") && entity.Properties["lastSeenOn"] is null);
    }

    [Fact]
    public void Machine_without_dns_name_is_named_after_its_manager()
    {
        var entity = MachineConverter.ToEntity(DefenderJson.Parse("""{"id":"abcdef0123456789","managedBy":"Intune"}""", MachinesJsonContext.Default.Machine));

        Assert.Equal("Intune's Device", entity.DisplayName);
    }

    [Fact]
    public void Machine_without_dns_name_or_manager_is_an_unknown_users_device()
    {
        var entity = MachineConverter.ToEntity(DefenderJson.Parse("""{"id":"abcdef0123456789"}""", MachinesJsonContext.Default.Machine));

        Assert.Equal("Unknown User's Device", entity.DisplayName);
    }

    [Fact]
    public void Endpoint_is_a_valid_device_keyed_with_a_dot()
    {
        var entity = EndpointConverter.ToEntity(Machine);

        DefenderJson.AssertValid(entity);
        Assert.Equal("user_endpoint.241056b69203a660e7521c8c3bfc2476f8cf2ae0", entity.Key);
    }

    [Fact]
    public void Endpoint_has_the_reference_properties()
    {
        var p = EndpointConverter.ToEntity(Machine).Properties;

        Assert.Equal("endpoint", p["category"]);
        Assert.Equal("Ubuntu", p["osPlatform"]);
        Assert.Equal("x64", p["osProcessor"]);
        Assert.Equal("20.4", p["version"]);
        Assert.Equal("Azure", p["cloudProvider"]);
        Assert.Equal("2ca81940-456f-4e56-b80a-68b4f3d3da23", p["vmId"]);
        Assert.Equal(new[] { "10.6.0.6", "fe80::20d:3aff:fe9a:bb3a", "127.0.0.1", "::1" }, p["ipAddresses"]);
        Assert.Equal(new[] { "10.6.0.6", "fe80::20d:3aff:fe9a:bb3a" }, p["ipAddress"]);
        Assert.Equal(new[] { "00:0D:3A:9A:BB:3A" }, p["macAddress"]);
        Assert.All(new[] { "make", "model", "serial", "osBuild", "isAadJoined" }, name => Assert.True(p.Contains(name) && p[name] is null, name));
    }

    [Fact]
    public void Endpoint_fills_the_device_address_fields_of_the_data_model()
    {
        var p = EndpointConverter.ToEntity(Machine).Properties;

        Assert.Equal(new[] { "10.6.0.6" }, p["ipv4Addresses"]);
        Assert.Equal(new[] { "fe80::20d:3aff:fe9a:bb3a" }, p["ipv6Addresses"]);
        Assert.Equal(new[] { "10.6.0.6", "fe80::20d:3aff:fe9a:bb3a" }, p["privateIpAddresses"]);
        Assert.Equal(new[] { "172.203.230.54" }, p["publicIpAddresses"]);
        Assert.Equal(new[] { "00:0d:3a:9a:bb:3a" }, p["macAddresses"]);
        Assert.Equal("VM1", p["hostname"]);
        Assert.Equal(new[] { "VM1.oipfwnijg2hexlv4f1mw1ugjgg.bx.internal.cloudapp.net" }, p["fqdn"]);
        Assert.Equal(new[] { "241056b69203a660e7521c8c3bfc2476f8cf2ae0" }, p["deviceId"]);
    }

    [Fact]
    public void Endpoint_os_fields_come_from_the_platform()
    {
        var p = EndpointConverter.ToEntity(Machine).Properties;

        Assert.Equal("Ubuntu", p["osName"]);
        Assert.Equal("linux", p["osType"]);
        Assert.Equal("Ubuntu 20.4", p["osDetails"]);
        Assert.True(p.Contains("osVersion") && p["osVersion"] is null);
    }

    [Theory]
    [InlineData("Windows10", "windows")]
    [InlineData("WindowsServer2022", "windows")]
    [InlineData("macOS", "darwin")]
    [InlineData("iOS", "ios")]
    [InlineData("Android", "android")]
    [InlineData("RedHatEnterpriseLinux", "linux")]
    [InlineData("Debian", "linux")]
    [InlineData("Other", "other")]
    public void Platforms_map_to_data_model_os_types(string platform, string osType)
    {
        Assert.Equal(osType, EndpointConverter.OsTypeOf(platform));
    }

    [Fact]
    public void Endpoint_of_a_machine_reporting_nothing_is_still_valid()
    {
        var entity = EndpointConverter.ToEntity(DefenderJson.Parse("""{"id":"abcdef0123456789"}""", MachinesJsonContext.Default.Machine));

        DefenderJson.AssertValid(entity);
        Assert.False(entity.Properties.Contains("osProcessor"));
        Assert.False(entity.Properties.Contains("vmId"));
    }
}
