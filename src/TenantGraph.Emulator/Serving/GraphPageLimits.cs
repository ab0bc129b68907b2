namespace TenantGraph.Emulator.Serving;

/// <summary>
/// Server page sizes: directory objects default to 100 and accept <c>$top</c> up to 999 (a larger value is
/// a 400); Intune families page at 1,000 and clamp; anything else defaults to 100 with a cap of 999.
/// </summary>
internal sealed record GraphPageLimits(int Default, int Max, bool IsDirectory, bool Clamps)
{
    private static readonly HashSet<string> DirectoryRoots = new(StringComparer.OrdinalIgnoreCase)
    {
        "users", "groups", "devices", "applications", "servicePrincipals", "directoryObjects", "contacts",
        "directoryRoles", "administrativeUnits", "organization", "domains", "oauth2PermissionGrants",
    };

    public static GraphPageLimits For(string firstSegment) => firstSegment.ToLowerInvariant() switch
    {
        "devicemanagement" or "deviceappmanagement" => new(1000, 1000, false, true),
        _ when DirectoryRoots.Contains(firstSegment) => new(100, 999, true, false),
        _ => new(100, 999, false, true),
    };

    public static bool IsIntune(string firstSegment) =>
        firstSegment.Equals("deviceManagement", StringComparison.OrdinalIgnoreCase)
        || firstSegment.Equals("deviceAppManagement", StringComparison.OrdinalIgnoreCase);
}
