using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Microsoft365.Intune.Devices;

/// <summary>The Intune agent on a managed device (spec A5.6); no raw data.</summary>
internal static class HostAgentConverter
{
    private static readonly HashSet<string> UnknownCompliance = new(StringComparer.Ordinal) { "unknown", "configManager" };

    private static readonly EntityMap<ManagedDevice> Map = new(IntuneTypes.HostAgent)
    {
        Key = d => KeyFor(d.Id),
        KeepRawData = false,
        CopySourceProperties = false,
        Properties =
        {
            ["name"] = _ => "intune-host-agent",
            ["displayName"] = _ => "Intune Host Agent",
            ["function"] = _ => new[] { "endpoint-compliance", "endpoint-protection" },
            ["managementAgent"] = d => d.ManagementAgent,
            ["state"] = d => d.ManagementState,
            ["registrationState"] = d => d.DeviceRegistrationState,
            ["complianceState"] = d => d.ComplianceState,
            ["compliant"] = d => d.ComplianceState is null || UnknownCompliance.Contains(d.ComplianceState) ? null : d.ComplianceState == "compliant",
            ["lastSeenOn"] = d => PropertyValues.ParseTime(d.LastSyncDateTime),
        },
    };

    public static string KeyFor(string deviceId) => $"intune-host-agent:{deviceId}";

    public static Entity ToEntity(ApiObject<ManagedDevice> device) => EntityNulls.DropRefused(Map.Build(device));
}
