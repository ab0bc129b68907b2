using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Microsoft365.ActiveDirectory;
using TenantGraph.Integrations.Microsoft365.Intune.Applications;
using TenantGraph.Integrations.Microsoft365.Intune.Devices;
using TenantGraph.Integrations.Microsoft365.Intune.Policies;

namespace TenantGraph.Integrations.Microsoft365.Intune;

/// <summary>The Intune steps (spec A3), disabled together before the run when the tenant has no Intune (A3.1).</summary>
internal static class IntuneSteps
{
    public const string ManagedDevices = "managed-devices";
    public const string CompliancePoliciesAndFindings = "compliance-policies-and-findings";
    public const string DeviceConfigurationsAndFindings = "device-configurations-and-findings";
    public const string ManagedApplications = "managed-applications";
    public const string DetectedApplications = "detected-applications";

    public static readonly IReadOnlyList<string> Ids =
        [ManagedDevices, CompliancePoliciesAndFindings, DeviceConfigurationsAndFindings, ManagedApplications, DetectedApplications];

    public static readonly StepDefinition FetchManagedDevices = new(
        ManagedDevices, "Managed Devices",
        [.. IntuneTypes.Devices, IntuneTypes.HostAgent],
        [
            .. IntuneTypes.ForEachDevice(IntuneTypes.UserHasDevice),
            .. IntuneTypes.ForEachDevice(IntuneTypes.HostAgentManagesDevice),
            .. IntuneTypes.ForEachDevice(IntuneTypes.UserUsesDevice),
        ],
        [ActiveDirectorySteps.Users], ManagedDevicesHandler.FetchAsync, [IntuneClient.ManagedDevicesPermission]);

    public static readonly StepDefinition FetchCompliancePolicies = new(
        CompliancePoliciesAndFindings, "Compliance Policies and Related Findings",
        [IntuneTypes.CompliancePolicy, IntuneTypes.NoncomplianceFinding],
        [
            IntuneTypes.HostAgentAssignedCompliancePolicy, IntuneTypes.CompliancePolicyIdentifiedFinding,
            .. IntuneTypes.ForEachDevice(IntuneTypes.DeviceHasFinding),
        ],
        [ManagedDevices], PolicyFindingsHandler.FetchCompliancePoliciesAsync, [IntuneClient.ConfigurationPermission]);

    public static readonly StepDefinition FetchDeviceConfigurations = new(
        DeviceConfigurationsAndFindings, "Device Configurations and Related Findings",
        [IntuneTypes.DeviceConfiguration, IntuneTypes.NoncomplianceFinding],
        [
            IntuneTypes.HostAgentAssignedDeviceConfiguration, IntuneTypes.DeviceConfigurationIdentifiedFinding,
            .. IntuneTypes.ForEachDevice(IntuneTypes.DeviceHasFinding),
        ],
        [ManagedDevices], PolicyFindingsHandler.FetchDeviceConfigurationsAsync, [IntuneClient.ConfigurationPermission]);

    public static readonly StepDefinition FetchManagedApplications = new(
        ManagedApplications, "Managed Applications",
        [IntuneTypes.ManagedApplication],
        IntuneTypes.ForEachDevice(IntuneTypes.DeviceAssignedManagedApplication),
        [ManagedDevices], ApplicationHandlers.FetchManagedApplicationsAsync, [IntuneClient.AppsPermission]);

    public static readonly StepDefinition FetchDetectedApplications = new(
        DetectedApplications, "Detected Applications",
        [IntuneTypes.DetectedApplication],
        IntuneTypes.ForEachDevice(IntuneTypes.DeviceInstalledDetectedApplication),
        [ManagedDevices], DetectedApplicationsHandler.FetchAsync, [IntuneClient.ManagedDevicesPermission]);

    /// <summary>In upstream's registration order.</summary>
    public static readonly IReadOnlyList<StepDefinition> All =
        [FetchManagedDevices, FetchCompliancePolicies, FetchDeviceConfigurations, FetchManagedApplications, FetchDetectedApplications];
}
