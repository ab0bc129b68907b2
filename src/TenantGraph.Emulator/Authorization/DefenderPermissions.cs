namespace TenantGraph.Emulator.Authorization;

/// <summary>Defender for Endpoint API permissions per route (learn.microsoft.com/defender-endpoint/api).</summary>
internal static class DefenderPermissions
{
    public static IReadOnlyList<PermissionRule> Rules { get; } =
    [
        new("machines/*/vulnerabilities/**", ["Vulnerability.Read.All", "Vulnerability.Read"]),
        new("vulnerabilities/**", ["Vulnerability.Read.All", "Vulnerability.Read"]),
        new("machines/*/logonusers/**", ["User.Read.All", "User.Read"]),
        new("machines/*/software/**", ["Software.Read.All", "Software.Read"]),
        new("software/**", ["Software.Read.All", "Software.Read"]),
        new("machines/*/recommendations/**", ["SecurityRecommendation.Read.All", "SecurityRecommendation.Read"]),
        new("recommendations/**", ["SecurityRecommendation.Read.All", "SecurityRecommendation.Read"]),
        new("alerts/**", ["Alert.Read.All", "Alert.ReadWrite.All"]),
        new("**", ["Machine.Read.All", "Machine.ReadWrite.All"]),
    ];
}
