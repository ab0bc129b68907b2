namespace TenantGraph.Integrations.Defender;

/// <summary>
/// The application permissions the seed lists. Two resource apps grant them: Microsoft Graph (account, users)
/// and WindowsDefenderATP (machines, logon users, vulnerabilities); <c>User.Read.All</c> exists in both, so the
/// text a 403 asks the user to grant names the resource app too.
/// </summary>
internal static class DefenderPermissions
{
    public const string OrganizationReadAll = "Organization.Read.All";
    public const string DirectoryReadAll = "Directory.Read.All";
    public const string MachineReadAll = "Machine.Read.All";
    public const string UserReadAll = "User.Read.All";
    public const string VulnerabilityReadAll = "Vulnerability.Read.All";
    public const string AdvancedQueryReadAll = "AdvancedQuery.Read.All";

    public static string OnGraph(string permission) => $"Microsoft Graph {permission}";

    public static string OnDefender(string permission) => $"WindowsDefenderATP {permission}";
}
