using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Defender.Machines;

/// <summary>Defender machine → <c>microsoft_defender_machine</c>, the sensor as a HostAgent (spec §B5.3).</summary>
internal static class MachineConverter
{
    private static readonly string[] Functions =
    [
        "endpoint-compliance", "endpoint-configuration", "endpoint-protection", "anti-malware", "vulnerability-detection",
        "container-security",
    ];

    private static readonly EntityMap<Machine> Map = new(MachinesTypes.Machine)
    {
        Key = m => KeyFor(m.Id),
        Properties =
        {
            ["id"] = m => m.Id,
            ["name"] = NameOf,
            ["displayName"] = NameOf,
            ["firstSeenOn"] = m => PropertyValues.ParseTime(m.FirstSeen),
            ["lastSeenOn"] = m => PropertyValues.ParseTime(m.LastSeen),
            ["agentVersion"] = m => m.AgentVersion,
            ["defenderAvStatus"] = m => m.DefenderAvStatus,
            ["riskScore"] = m => m.RiskScore,
            ["computerDnsName"] = m => m.ComputerDnsName,
            ["rbacGroupId"] = m => m.RbacGroupId,
            ["rbacGroupName"] = m => m.RbacGroupName,
            ["machineTags"] = m => m.MachineTags ?? [],
            ["onboardingStatus"] = m => m.OnboardingStatus,
            ["managedBy"] = m => m.ManagedBy,
            ["managedByStatus"] = m => m.ManagedByStatus,
            ["aadDeviceId"] = m => m.AadDeviceId,
            ["ipAddress"] = m => MachineAddresses.Filtered(m.IpAddresses),
            ["macAddress"] = m => MachineAddresses.PublicMacs(m.IpAddresses),
            ["function"] = _ => Functions,
        },
    };

    public static string KeyFor(string machineId) => $"microsoft_defender_machine:{machineId}";

    public static Entity ToEntity(ApiObject<Machine> machine) => Map.Build(machine);

    /// <summary>The DNS name, else "{managedBy or 'Unknown User'}'s Device" (reference 1.4.3).</summary>
    internal static string NameOf(Machine machine) =>
        !string.IsNullOrEmpty(machine.ComputerDnsName) ? machine.ComputerDnsName : DefaultName(machine);

    internal static string DefaultName(Machine machine) =>
        $"{(string.IsNullOrEmpty(machine.ManagedBy) ? "Unknown User" : machine.ManagedBy)}'s Device";
}
