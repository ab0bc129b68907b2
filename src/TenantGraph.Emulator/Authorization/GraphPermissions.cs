namespace TenantGraph.Emulator.Authorization;

/// <summary>
/// Which Graph application permissions grant a read, after each API's "Permissions" table on Microsoft
/// Learn (least privileged first; Directory.Read.All covers the directory families). First match wins.
/// </summary>
internal static class GraphPermissions
{
    private static readonly string[] Directory = ["Directory.Read.All", "Directory.ReadWrite.All"];

    public static IReadOnlyList<PermissionRule> Rules { get; } =
    [
        new("users/**", ["User.Read.All", "User.ReadBasic.All", "User.ReadWrite.All", .. Directory]),
        new("groups/*/members/**", ["GroupMember.Read.All", "Group.Read.All", "GroupMember.ReadWrite.All", "Group.ReadWrite.All", .. Directory]),
        new("groups/*/transitiveMembers/**", ["GroupMember.Read.All", "Group.Read.All", "Group.ReadWrite.All", .. Directory]),
        new("groups/*/owners/**", ["GroupMember.Read.All", "Group.Read.All", "Group.ReadWrite.All", .. Directory]),
        new("groups/**", ["GroupMember.Read.All", "Group.Read.All", "Group.ReadWrite.All", .. Directory]),
        new("devices/**", ["Device.Read.All", "Device.ReadWrite.All", .. Directory]),
        new("organization/**", ["Organization.Read.All", "Organization.ReadWrite.All", .. Directory]),
        new("subscribedSkus/**", ["Organization.Read.All", .. Directory]),
        new("domains/**", ["Domain.Read.All", "Domain.ReadWrite.All", .. Directory]),
        new("applications/**", ["Application.Read.All", "Application.ReadWrite.All", .. Directory]),
        new("servicePrincipals/**", ["Application.Read.All", "Application.ReadWrite.All", .. Directory]),
        new("roleManagement/**", ["RoleManagement.Read.Directory", "RoleManagement.Read.All", .. Directory]),
        new("directoryRoles/**", ["RoleManagement.Read.Directory", .. Directory]),
        new("identity/conditionalAccess/**", ["Policy.Read.All", "Policy.ReadWrite.ConditionalAccess"]),
        new("policies/**", ["Policy.Read.All", "Policy.ReadWrite.ConditionalAccess"]),
        new("identityGovernance/**", ["EntitlementManagement.Read.All", "EntitlementManagement.ReadWrite.All"]),
        new("auditLogs/**", ["AuditLog.Read.All"]),
        new("reports/authenticationMethods/**", ["AuditLog.Read.All"]),
        new("reports/**", ["Reports.Read.All"]),
        new("deviceManagement/managedDevices/**", ["DeviceManagementManagedDevices.Read.All", "DeviceManagementManagedDevices.ReadWrite.All"]),
        new("deviceManagement/deviceCompliancePolicies/**", ["DeviceManagementConfiguration.Read.All", "DeviceManagementConfiguration.ReadWrite.All"]),
        new("deviceManagement/deviceConfigurations/**", ["DeviceManagementConfiguration.Read.All", "DeviceManagementConfiguration.ReadWrite.All"]),
        // Creating an AppInvRawData export (Apps > Monitor > Discovered apps) takes the Intune apps read permission;
        // reading a job back, any Intune read permission (deviceManagementExportJob "Get" table).
        new("deviceManagement/reports/exportJobs", ["DeviceManagementApps.Read.All", "DeviceManagementApps.ReadWrite.All"]),
        new("deviceManagement/reports/**", ["DeviceManagementManagedDevices.Read.All", "DeviceManagementConfiguration.Read.All", "DeviceManagementApps.Read.All"]),
        new("deviceManagement", ["DeviceManagementServiceConfig.Read.All", "DeviceManagementServiceConfig.ReadWrite.All", "DeviceManagementConfiguration.Read.All"]),
        new("deviceManagement/**", ["DeviceManagementServiceConfig.Read.All", "DeviceManagementConfiguration.Read.All", "DeviceManagementManagedDevices.Read.All", "DeviceManagementServiceConfig.ReadWrite.All"]),
        new("deviceAppManagement/**", ["DeviceManagementApps.Read.All", "DeviceManagementApps.ReadWrite.All"]),
        new("**", Directory),
    ];
}
