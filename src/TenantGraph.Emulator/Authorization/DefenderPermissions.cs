namespace TenantGraph.Emulator.Authorization;

/// <summary>
/// Defender for Endpoint API permissions per route, after each method's "Permissions" table on Microsoft Learn
/// (learn.microsoft.com/defender-endpoint/api). First match wins, so the bulk exports under <c>machines/</c> and the
/// cross-links under <c>software/</c>, <c>recommendations/</c> and <c>alerts/</c> come before their families.
/// </summary>
internal static class DefenderPermissions
{
    private static readonly string[] Vulnerability = ["Vulnerability.Read.All", "Vulnerability.Read"];
    private static readonly string[] Software = ["Software.Read.All", "Software.Read"];
    private static readonly string[] Machine = ["Machine.Read.All", "Machine.ReadWrite.All"];

    public static IReadOnlyList<PermissionRule> Rules { get; } =
    [
        new("machines/SoftwareVulnerabilitiesByMachine/**", Vulnerability),
        new("machines/SoftwareVulnerabilitiesExport/**", Vulnerability),
        new("machines/SoftwareInventoryByMachine/**", Software),
        new("machines/SoftwareInventoryExport/**", Software),
        new("machines/SoftwareInventoryNoProductCodeByMachine/**", Software),
        new("machines/SecureConfigurationsAssessmentByMachine/**", ["SecurityConfiguration.Read.All", "SecurityConfiguration.Read"]),
        new("machines/SecureConfigurationsAssessmentExport/**", ["SecurityConfiguration.Read.All", "SecurityConfiguration.Read"]),
        new("machines/BaselineComplianceAssessmentByMachine/**", ["SecurityBaselinesAssessment.Read.All", "SecurityBaselinesAssessment.Read"]),
        new("machines/*/vulnerabilities/**", Vulnerability),
        new("machines/*/logonusers/**", ["User.Read.All", "User.Read"]),
        new("machines/*/software/**", Software),
        new("machines/*/recommendations/**", ["SecurityRecommendation.Read.All", "SecurityRecommendation.Read"]),
        new("machines/*/alerts/**", ["Alert.Read.All", "Alert.ReadWrite.All"]),
        new("vulnerabilities/**", Vulnerability),
        new("software/*/vulnerabilities/**", Vulnerability),
        new("software/**", Software),
        new("recommendations/*/vulnerabilities/**", Vulnerability),
        new("recommendations/**", ["SecurityRecommendation.Read.All", "SecurityRecommendation.Read"]),
        new("alerts/*/machine/**", Machine),
        new("alerts/*/user/**", ["User.Read.All", "User.Read"]),
        new("alerts/*/files/**", ["File.Read.All"]),
        new("alerts/*/ips/**", ["Ip.Read.All"]),
        new("alerts/*/domains/**", ["URL.Read.All"]),
        new("alerts/**", ["Alert.Read.All", "Alert.ReadWrite.All"]),
        new("investigations/**", ["Alert.Read.All", "Alert.ReadWrite.All"]),
        new("advancedqueries/**", ["AdvancedQuery.Read.All", "AdvancedQuery.Read"]),
        new("exposureScore/**", ["Score.Read.All"]),
        new("configurationScore/**", ["Score.Read.All"]),
        new("**", Machine),
    ];
}
