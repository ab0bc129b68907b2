using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.Network;

internal sealed record SubResource(string? Id);

internal sealed record Sku(string? Name, string? Tier);

/// <summary><c>Microsoft.Network/publicIPAddresses</c>.</summary>
internal sealed record PublicIPAddress(string Id, string? Name, string? Type, string? Location, Sku? Sku,
    PublicIPAddressProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record PublicIPAddressProperties(string? IpAddress, string? ResourceGuid, string? PublicIPAllocationMethod,
    string? PublicIPAddressVersion, PublicIPDnsSettings? DnsSettings);

internal sealed record PublicIPDnsSettings(string? Fqdn);

/// <summary><c>Microsoft.Network/networkInterfaces</c>.</summary>
internal sealed record NetworkInterface(string Id, string? Name, string? Type, string? Location,
    NetworkInterfaceProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record NetworkInterfaceProperties(string? ResourceGuid, string? MacAddress,
    [property: JsonPropertyName("enableIPForwarding")] bool? EnableIPForwarding,
    SubResource? VirtualMachine, SubResource? NetworkSecurityGroup, IReadOnlyList<IpConfiguration>? IpConfigurations);

internal sealed record IpConfiguration(string? Id, string? Name, IpConfigurationProperties? Properties);

internal sealed record IpConfigurationProperties(
    [property: JsonPropertyName("privateIPAddress")] string? PrivateIPAddress,
    [property: JsonPropertyName("publicIPAddress")] SubResource? PublicIPAddress,
    SubResource? Subnet);

/// <summary><c>Microsoft.Network/networkSecurityGroups</c>, rules included (no per-group calls).</summary>
internal sealed record NetworkSecurityGroup(string Id, string? Name, string? Type, string? Location,
    NetworkSecurityGroupProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record NetworkSecurityGroupProperties(IReadOnlyList<SecurityRule>? SecurityRules,
    IReadOnlyList<SecurityRule>? DefaultSecurityRules, IReadOnlyList<SubResource>? Subnets,
    IReadOnlyList<SubResource>? NetworkInterfaces, string? ResourceGuid, string? ProvisioningState);

internal sealed record SecurityRule(string Id, string? Name, string? Etag, string? Type, SecurityRuleProperties? Properties);

internal sealed record SecurityRuleProperties(string? Description, string? Protocol, string? SourcePortRange,
    IReadOnlyList<string>? SourcePortRanges, string? DestinationPortRange, IReadOnlyList<string>? DestinationPortRanges,
    string? SourceAddressPrefix, IReadOnlyList<string>? SourceAddressPrefixes, string? DestinationAddressPrefix,
    IReadOnlyList<string>? DestinationAddressPrefixes, string? Access, int? Priority, string? Direction, string? ProvisioningState);

/// <summary><c>Microsoft.Network/virtualNetworks</c>, subnets included.</summary>
internal sealed record VirtualNetwork(string Id, string? Name, string? Type, string? Location,
    VirtualNetworkProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record VirtualNetworkProperties(AddressSpace? AddressSpace, IReadOnlyList<Subnet>? Subnets);

internal sealed record AddressSpace(IReadOnlyList<string>? AddressPrefixes);

internal sealed record Subnet(string Id, string? Name, SubnetProperties? Properties);

internal sealed record SubnetProperties(string? AddressPrefix, IReadOnlyList<string>? AddressPrefixes, SubResource? NetworkSecurityGroup);

/// <summary><c>Microsoft.Network/loadBalancers</c>.</summary>
internal sealed record LoadBalancer(string Id, string? Name, string? Type, string? Location, Sku? Sku,
    LoadBalancerProperties? Properties, IReadOnlyDictionary<string, string?>? Tags);

internal sealed record LoadBalancerProperties(string? ResourceGuid,
    [property: JsonPropertyName("frontendIPConfigurations")] IReadOnlyList<FrontendIpConfiguration>? FrontendIPConfigurations,
    IReadOnlyList<BackendAddressPool>? BackendAddressPools);

internal sealed record FrontendIpConfiguration(string? Id, FrontendIpConfigurationProperties? Properties);

internal sealed record FrontendIpConfigurationProperties(
    [property: JsonPropertyName("privateIPAddress")] string? PrivateIPAddress,
    [property: JsonPropertyName("publicIPAddress")] SubResource? PublicIPAddress);

internal sealed record BackendAddressPool(string? Id, BackendAddressPoolProperties? Properties);

internal sealed record BackendAddressPoolProperties(
    [property: JsonPropertyName("backendIPConfigurations")] IReadOnlyList<SubResource>? BackendIPConfigurations);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PublicIPAddress))]
[JsonSerializable(typeof(NetworkInterface))]
[JsonSerializable(typeof(NetworkSecurityGroup))]
[JsonSerializable(typeof(VirtualNetwork))]
[JsonSerializable(typeof(LoadBalancer))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class AzureNetworkJsonContext : JsonSerializerContext;
