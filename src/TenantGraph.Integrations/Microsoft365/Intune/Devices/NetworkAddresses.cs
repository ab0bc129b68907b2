using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace TenantGraph.Integrations.Microsoft365.Intune.Devices;

/// <summary>MAC and IP values of a managed device in the forms the data model accepts.</summary>
internal static partial class NetworkAddresses
{
    /// <summary>Upstream's rule (spec A5.5): a 12-character value gets colons; every value is lower-cased.</summary>
    public static string NormalizeMac(string mac) =>
        mac.Length == 12
            ? string.Join(':', Enumerable.Range(0, 6).Select(i => mac.Substring(i * 2, 2))).ToLowerInvariant()
            : mac.ToLowerInvariant();

    public static string[] Macs(params string?[] values) =>
        [.. values.Where(v => !string.IsNullOrEmpty(v)).Select(v => NormalizeMac(v!))]; // filtered above

    /// <summary>The normalised MACs that are real MAC addresses (redacted or odd values are left out), or null.</summary>
    public static string[]? ValidMacs(params string?[] values)
    {
        var valid = Macs(values).Where(m => MacPattern().IsMatch(m)).ToArray();
        return valid.Length == 0 ? null : valid;
    }

    public static string[]? Ipv4(string? address) =>
        IPAddress.TryParse(address, out var ip) && ip.AddressFamily == AddressFamily.InterNetwork && address!.Count(c => c == '.') == 3
            ? [address]
            : null;

    public static string[]? Private(string? address) => Ipv4(address) is { } v4 && IsPrivate(IPAddress.Parse(v4[0])) ? v4 : null;

    public static string[]? Public(string? address) => Ipv4(address) is { } v4 && !IsPrivate(IPAddress.Parse(v4[0])) ? v4 : null;

    private static bool IsPrivate(IPAddress ip)
    {
        var b = ip.GetAddressBytes();
        return b[0] == 10 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254) || b[0] == 127;
    }

    [GeneratedRegex("^([0-9a-f]{2}:){5}[0-9a-f]{2}$")]
    private static partial Regex MacPattern();
}
