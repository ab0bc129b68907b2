namespace TenantGraph.Emulator.Serving;

/// <summary>
/// The top-level collections of the routes the emulator serves (those its permission tables name and the
/// collectors read). A tenant without a file for one answers it with an empty <c>value</c>, as the real service
/// answers a valid collection that holds nothing; any other missing segment keeps the service's 400 or 404.
/// Navigations (<c>groups/{id}/members</c>) are empty whenever their parent exists, so they are not listed.
/// </summary>
internal static class KnownCollections
{
    /// <summary>Paths after <c>graph/{version}/</c>.</summary>
    private static readonly HashSet<string> Graph = new(StringComparer.OrdinalIgnoreCase)
    {
        "users", "groups", "devices", "applications", "servicePrincipals", "organization", "domains", "subscribedSkus",
        "directoryRoles", "contacts", "administrativeUnits", "oauth2PermissionGrants",
        "roleManagement/directory/roleAssignments", "roleManagement/directory/roleDefinitions",
        "identity/conditionalAccess/policies", "identity/conditionalAccess/namedLocations",
        "auditLogs/directoryAudits", "auditLogs/signIns", "reports/authenticationMethods/userRegistrationDetails",
        "deviceManagement/managedDevices", "deviceManagement/detectedApps", "deviceManagement/deviceCompliancePolicies", "deviceManagement/deviceConfigurations",
        "deviceAppManagement/mobileApps",
    };

    /// <summary>Paths after <c>defender/api/</c>.</summary>
    private static readonly HashSet<string> Defender = new(StringComparer.OrdinalIgnoreCase)
    {
        "machines", "vulnerabilities", "vulnerabilities/machinesVulnerabilities", "machines/SoftwareVulnerabilitiesByMachine",
        "machines/SoftwareInventoryByMachine", "software", "recommendations", "alerts", "machineactions", "investigations",
    };

    public static bool IsGraph(string[] segments) => segments.Length > 2 && Graph.Contains(string.Join('/', segments[2..]));

    public static bool IsDefender(string[] segments) => segments.Length > 2 && Defender.Contains(string.Join('/', segments[2..]));
}
