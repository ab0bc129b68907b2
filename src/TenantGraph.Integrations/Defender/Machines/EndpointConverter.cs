using System.Text.RegularExpressions;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Defender.Machines;

/// <summary>
/// Defender machine → <c>user_endpoint</c>, the device itself (spec §B5.4). Besides the reference's properties it
/// fills the Device class's required address and OS fields, which data model 0.62 asks for (null when unknown).
/// </summary>
internal static partial class EndpointConverter
{
    private static readonly EntityMap<Machine> Map = new(MachinesTypes.Endpoint)
    {
        Key = m => KeyFor(m.Id),
        Properties =
        {
            ["id"] = m => m.Id,
            ["name"] = MachineConverter.NameOf,
            ["displayName"] = MachineConverter.NameOf,
            // Data model 0.62 holds deviceId as a list.
            ["deviceId"] = m => new[] { m.Id },
            ["category"] = _ => "endpoint",
            ["make"] = _ => null,
            ["model"] = _ => null,
            ["serial"] = _ => null,
            ["firstSeenOn"] = m => PropertyValues.ParseTime(m.FirstSeen),
            ["lastSeenOn"] = m => PropertyValues.ParseTime(m.LastSeen),
            ["computerDnsName"] = m => m.ComputerDnsName,
            ["osPlatform"] = m => m.OsPlatform,
            ["osVersion"] = m => string.IsNullOrEmpty(m.OsVersion) ? null : m.OsVersion,
            ["osProcessor"] = m => m.OsProcessor,
            ["version"] = m => m.Version,
            ["lastIpAddress"] = m => m.LastIpAddress,
            ["lastExternalIpAddress"] = m => m.LastExternalIpAddress,
            ["agentVersion"] = m => m.AgentVersion,
            ["osBuild"] = m => m.OsBuild,
            ["healthStatus"] = m => m.HealthStatus,
            ["deviceValue"] = m => m.DeviceValue,
            ["rbacGroupId"] = m => m.RbacGroupId,
            ["rbacGroupName"] = m => m.RbacGroupName,
            ["riskScore"] = m => m.RiskScore,
            ["exposureLevel"] = m => m.ExposureLevel,
            ["isAadJoined"] = m => m.IsAadJoined,
            ["aadDeviceId"] = m => m.AadDeviceId,
            ["machineTags"] = m => m.MachineTags ?? [],
            ["defenderAvStatus"] = m => m.DefenderAvStatus,
            ["onboardingStatus"] = m => m.OnboardingStatus,
            ["osArchitecture"] = m => m.OsArchitecture,
            ["managedBy"] = m => m.ManagedBy,
            ["managedByStatus"] = m => m.ManagedByStatus,
            ["vmId"] = m => m.VmMetadata?.VmId,
            ["cloudProvider"] = m => m.VmMetadata?.CloudProvider,
            ["resourceId"] = m => m.VmMetadata?.ResourceId,
            ["subscriptionId"] = m => m.VmMetadata?.SubscriptionId,
            ["ipAddresses"] = m => MachineAddresses.All(m.IpAddresses),
            ["ipAddress"] = m => MachineAddresses.Filtered(m.IpAddresses),
            ["macAddress"] = m => MachineAddresses.PublicMacs(m.IpAddresses),
            ["ipv4Addresses"] = m => MachineAddresses.Ipv4(MachineAddresses.Filtered(m.IpAddresses)),
            ["ipv6Addresses"] = m => MachineAddresses.Ipv6(MachineAddresses.Filtered(m.IpAddresses)),
            ["privateIpAddresses"] = m => MachineAddresses.Private(MachineAddresses.Filtered(m.IpAddresses)),
            ["publicIpAddresses"] = m => MachineAddresses.Public(MachineAddresses.Filtered(m.IpAddresses), m.LastExternalIpAddress),
            ["macAddresses"] = m => MachineAddresses.DataModelMacs(MachineAddresses.PublicMacs(m.IpAddresses)),
            ["hostname"] = m => HostnameOf(m.ComputerDnsName),
            ["fqdn"] = m => m.ComputerDnsName is { } dns && dns.Contains('.', StringComparison.Ordinal) ? new[] { dns } : null,
            ["osName"] = m => m.OsPlatform,
            ["osType"] = m => OsTypeOf(m.OsPlatform),
            ["osDetails"] = OsDetailsOf,
        },
    };

    public static string KeyFor(string machineId) => $"user_endpoint.{machineId}";

    /// <summary>The reference omits these when the machine does not report them.</summary>
    public static Entity ToEntity(ApiObject<Machine> machine) =>
        OptionalProperties.RemoveWhenNull(Map.Build(machine), "osProcessor", "version", "vmId", "cloudProvider", "resourceId", "subscriptionId");

    /// <summary>The first label of the DNS name, when it is a valid host name.</summary>
    internal static string? HostnameOf(string? dnsName)
    {
        var label = dnsName?.Split('.')[0];
        return label is not null && HostnamePattern().IsMatch(label) ? label : null;
    }

    /// <summary>Defender's <c>osPlatform</c> (Windows10, WindowsServer2022, Ubuntu, macOS, …) as the data model's osType.</summary>
    internal static string? OsTypeOf(string? platform) => platform switch
    {
        null or "" => null,
        _ when platform.StartsWith("Windows", StringComparison.OrdinalIgnoreCase) => "windows",
        _ when platform.Contains("mac", StringComparison.OrdinalIgnoreCase) => "darwin",
        _ when platform.Equals("iOS", StringComparison.OrdinalIgnoreCase) || platform.Equals("iPadOS", StringComparison.OrdinalIgnoreCase) => "ios",
        _ when platform.Equals("Android", StringComparison.OrdinalIgnoreCase) => "android",
        _ when LinuxPattern().IsMatch(platform) => "linux",
        _ => "other",
    };

    private static string? OsDetailsOf(Machine machine)
    {
        if (string.IsNullOrEmpty(machine.OsPlatform))
        {
            return null;
        }

        var parts = new List<string> { machine.OsPlatform };
        if (!string.IsNullOrEmpty(machine.Version))
        {
            parts.Add(machine.Version);
        }

        if (machine.OsBuild is { } build)
        {
            parts.Add($"build {build}");
        }

        return string.Join(' ', parts);
    }

    [GeneratedRegex("^[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9]$")]
    private static partial Regex HostnamePattern();

    [GeneratedRegex("linux|ubuntu|debian|redhat|rhel|centos|suse|fedora|oracle|amazon|alma|rocky", RegexOptions.IgnoreCase)]
    private static partial Regex LinuxPattern();
}
