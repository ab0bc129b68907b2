namespace TenantGraph.Integrations.Defender;

/// <summary>
/// The application permissions the seed lists, by the bare names the admin grants in the portal; the step metadata,
/// the requests' <c>RequiredPermission</c> and so the run summary all use these. Two resource apps grant them:
/// Microsoft Graph (<see cref="OrganizationReadAll"/>, <see cref="DirectoryReadAll"/>) and WindowsDefenderATP (the
/// rest). <c>User.Read.All</c> exists in both; the logon-users step needs WindowsDefenderATP's.
/// </summary>
internal static class DefenderPermissions
{
    public const string OrganizationReadAll = "Organization.Read.All";
    public const string DirectoryReadAll = "Directory.Read.All";
    public const string MachineReadAll = "Machine.Read.All";
    public const string UserReadAll = "User.Read.All";
    public const string VulnerabilityReadAll = "Vulnerability.Read.All";
    public const string AdvancedQueryReadAll = "AdvancedQuery.Read.All";
}
