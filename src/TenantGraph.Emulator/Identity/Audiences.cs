namespace TenantGraph.Emulator.Identity;

/// <summary>
/// Which API a token's audience is for. Any cloud's resource URL counts (graph.microsoft.us,
/// management.chinacloudapi.cn, api.securitycenter.windows.com, …), as does the emulator's own endpoint URL.
/// </summary>
internal static class Audiences
{
    private const string GraphAppId = "00000003-0000-0000-c000-000000000000";
    private const string ArmAppId = "797f4846-ba00-4fd7-ba43-dac1f8f63013";

    public static bool Matches(EmulatorApi api, string audience)
    {
        var text = audience.TrimEnd('/').ToLowerInvariant();
        var host = Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri.Host : text;
        var path = uri?.AbsolutePath.TrimEnd('/') ?? string.Empty;
        return api switch
        {
            EmulatorApi.Graph => text == GraphAppId || host.Contains("graph", StringComparison.Ordinal) || path.EndsWith("/graph", StringComparison.Ordinal),
            EmulatorApi.Defender => host.Contains("securitycenter", StringComparison.Ordinal) || host.StartsWith("api.security.microsoft", StringComparison.Ordinal)
                || text == "https://wdatp-alertexporter" || path.EndsWith("/defender", StringComparison.Ordinal),
            EmulatorApi.Arm => text == ArmAppId || host.StartsWith("management.", StringComparison.Ordinal) || path.EndsWith("/arm", StringComparison.Ordinal),
            _ => false,
        };
    }
}
