using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Microsoft365.ActiveDirectory;

namespace TenantGraph.Integrations.Microsoft365.Intune;

/// <summary>The Intune types of the microsoft-365 integration (seed 000, m365 spec A5.5–A5.11, A6.1).</summary>
internal static class IntuneTypes
{
    private static readonly string[] DeviceClasses = ["Device", "Host"];

    public static readonly EntityMetadata UserEndpoint = new("Managed Device", "user_endpoint", DeviceClasses);
    public static readonly EntityMetadata Workstation = new("Managed Device", "workstation", DeviceClasses);
    public static readonly EntityMetadata Laptop = new("Managed Device", "laptop", DeviceClasses);
    public static readonly EntityMetadata Desktop = new("Managed Device", "desktop", DeviceClasses);

    /// <summary>Declared as upstream declares it; the classifier never produces it (spec A5.5).</summary>
    public static readonly EntityMetadata Computer = new("Managed Device", "computer", DeviceClasses);
    public static readonly EntityMetadata Server = new("Managed Device", "server", DeviceClasses);
    public static readonly EntityMetadata Smartphone = new("Managed Device", "smartphone", DeviceClasses);

    /// <summary>In upstream's declaration order, which seed 000 lists within the "Managed Device" rows.</summary>
    public static readonly IReadOnlyList<EntityMetadata> Devices = [UserEndpoint, Workstation, Laptop, Desktop, Computer, Server, Smartphone];

    public static readonly EntityMetadata HostAgent = new("Intune Host Agent", "intune_host_agent", ["HostAgent"]);
    public static readonly EntityMetadata CompliancePolicy = new("Compliance Policy", "intune_compliance_policy", ["Configuration", "ControlPolicy"]);
    public static readonly EntityMetadata DeviceConfiguration = new("Device Configuration", "intune_device_configuration", ["Configuration", "ControlPolicy"]);
    public static readonly EntityMetadata NoncomplianceFinding = new("Noncompliance Finding", "intune_noncompliance_finding", ["Finding"]);
    public static readonly EntityMetadata ManagedApplication = new("Managed Application", "intune_managed_application", ["Application"]);
    public static readonly EntityMetadata DetectedApplication = new("Detected Application", "intune_detected_application", ["Application"]);

    public static readonly IReadOnlyDictionary<string, RelationshipMetadata> UserHasDevice =
        PerDevice(d => RelationshipMetadata.Direct(ActiveDirectoryTypes.User, RelationshipClass.Has, d));

    public static readonly IReadOnlyDictionary<string, RelationshipMetadata> UserUsesDevice =
        PerDevice(d => RelationshipMetadata.Direct(ActiveDirectoryTypes.User, RelationshipClass.Uses, d));

    public static readonly IReadOnlyDictionary<string, RelationshipMetadata> HostAgentManagesDevice =
        PerDevice(d => RelationshipMetadata.Direct(HostAgent, RelationshipClass.Manages, d));

    public static readonly IReadOnlyDictionary<string, RelationshipMetadata> DeviceHasFinding =
        PerDevice(d => RelationshipMetadata.Direct(d, RelationshipClass.Has, NoncomplianceFinding));

    public static readonly IReadOnlyDictionary<string, RelationshipMetadata> DeviceAssignedManagedApplication =
        PerDevice(d => RelationshipMetadata.Direct(d, RelationshipClass.Assigned, ManagedApplication));

    public static readonly IReadOnlyDictionary<string, RelationshipMetadata> DeviceInstalledDetectedApplication =
        PerDevice(d => RelationshipMetadata.Direct(d, RelationshipClass.Installed, DetectedApplication));

    public static readonly RelationshipMetadata HostAgentAssignedCompliancePolicy =
        RelationshipMetadata.Direct(HostAgent, RelationshipClass.Assigned, CompliancePolicy);

    public static readonly RelationshipMetadata HostAgentAssignedDeviceConfiguration =
        RelationshipMetadata.Direct(HostAgent, RelationshipClass.Assigned, DeviceConfiguration);

    public static readonly RelationshipMetadata CompliancePolicyIdentifiedFinding =
        RelationshipMetadata.Direct(CompliancePolicy, RelationshipClass.Identified, NoncomplianceFinding);

    public static readonly RelationshipMetadata DeviceConfigurationIdentifiedFinding =
        RelationshipMetadata.Direct(DeviceConfiguration, RelationshipClass.Identified, NoncomplianceFinding);

    /// <summary>The metadata of a device <c>_type</c> produced by the classifier.</summary>
    public static EntityMetadata Device(string type) => Devices.First(d => d.Type == type);

    /// <summary>One relationship per device type, in <see cref="Devices"/> order.</summary>
    public static IReadOnlyList<RelationshipMetadata> ForEachDevice(IReadOnlyDictionary<string, RelationshipMetadata> table) =>
        [.. Devices.Select(d => table[d.Type])];

    private static Dictionary<string, RelationshipMetadata> PerDevice(Func<EntityMetadata, RelationshipMetadata> create) =>
        Devices.ToDictionary(d => d.Type, create, StringComparer.Ordinal);
}
