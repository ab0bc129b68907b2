using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace TenantGraph.Integrations.Defender.Machines;

/// <summary>The address rules of spec §B5.3, §B5.4 and §B5.7, shared by machines and their endpoints.</summary>
internal static partial class MachineAddresses
{
    private const string AllZeroMac = "00:00:00:00:00:00";

    /// <summary>Every reported IP in order, duplicates kept (the endpoint's <c>ipAddresses</c>).</summary>
    public static string[] All(IReadOnlyList<MachineIpAddress>? addresses) =>
        [.. (addresses ?? []).Select(a => a.IpAddress).OfType<string>().Where(ip => ip.Length > 0)];

    /// <summary>Distinct non-empty IPs in order, without the loopback addresses 127.0.0.1 and ::1 (<c>ipAddress</c>).</summary>
    public static string[] Filtered(IReadOnlyList<MachineIpAddress>? addresses) =>
        [.. All(addresses).Where(ip => ip is not ("127.0.0.1" or "::1")).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The MACs of adapters seen with an address outside the private IPv4 ranges (10/8, 172.16/12, 192.168/16,
    /// 169.254/16), normalised and upper-cased, first-seen order, all-zero MACs dropped. IPv6 link-local entries
    /// are not private by this rule, which is how a NIC's MAC usually arrives (spec §B5.7).
    /// </summary>
    public static string[] PublicMacs(IReadOnlyList<MachineIpAddress>? addresses)
    {
        var macs = new List<string>();
        foreach (var address in addresses ?? [])
        {
            if (address.Type == "SoftwareLoopback" || address.MacAddress is null || IsPrivateIpv4(address.IpAddress))
            {
                continue;
            }

            if (NormalizeMac(address.MacAddress) is { } mac && !macs.Contains(mac, StringComparer.Ordinal))
            {
                macs.Add(mac);
            }
        }

        return [.. macs];
    }

    /// <summary>
    /// <c>XX:XX:…</c>, <c>XX-XX-…</c> or 12 hex digits, upper-cased; 12 hex digits gain colons, the dashed form stays
    /// dashed (as the reference writes it). Null when the text is not a MAC or is all zeros, in either form.
    /// </summary>
    public static string? NormalizeMac(string text)
    {
        var trimmed = text.Trim();
        string mac;
        if (ColonOrDashMac().IsMatch(trimmed))
        {
            mac = trimmed.ToUpperInvariant();
        }
        else if (BareMac().IsMatch(trimmed))
        {
            mac = string.Join(':', Enumerable.Range(0, 6).Select(i => trimmed.Substring(i * 2, 2))).ToUpperInvariant();
        }
        else
        {
            return null;
        }

        return mac.Replace('-', ':') == AllZeroMac ? null : mac;
    }

    /// <summary>The data model's <c>macAddresses</c> form: lower-case, colon-separated.</summary>
    public static string[] DataModelMacs(IEnumerable<string> macs) =>
        [.. macs.Select(m => m.Replace('-', ':').ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    public static string[] Ipv4(IEnumerable<string> ips) =>
        [.. ips.Where(ip => Parse(ip) is { AddressFamily: AddressFamily.InterNetwork } && ip.Count(c => c == '.') == 3)];

    public static string[] Ipv6(IEnumerable<string> ips) =>
        [.. ips.Where(ip => Parse(ip) is { AddressFamily: AddressFamily.InterNetworkV6 })];

    /// <summary>Private, link-local and unique-local addresses (RFC 1918, RFC 3927, RFC 4193, fe80::/10).</summary>
    public static string[] Private(IEnumerable<string> ips) => [.. ips.Where(ip => Parse(ip) is { } a && IsPrivate(a))];

    /// <summary>The machine's routable addresses plus the external address Defender saw it use.</summary>
    public static string[] Public(IEnumerable<string> ips, string? lastExternalIpAddress) =>
        [.. ips.Append(lastExternalIpAddress ?? string.Empty)
            .Where(ip => Parse(ip) is { } a && !IsPrivate(a) && !IPAddress.IsLoopback(a))
            .Distinct(StringComparer.Ordinal)];

    private static bool IsPrivateIpv4(string? ip) =>
        ip is not null && (ip.StartsWith("10.", StringComparison.Ordinal) || ip.StartsWith("192.168.", StringComparison.Ordinal)
            || ip.StartsWith("169.254.", StringComparison.Ordinal) || PrivateClassB().IsMatch(ip));

    private static bool IsPrivate(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6UniqueLocal || address.IsIPv6SiteLocal;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254);
    }

    private static IPAddress? Parse(string ip) => IPAddress.TryParse(ip, out var address) ? address : null;

    [GeneratedRegex(@"^172\.(1[6-9]|2[0-9]|3[01])\.")]
    private static partial Regex PrivateClassB();

    [GeneratedRegex("^[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}$")]
    private static partial Regex ColonOrDashMac();

    [GeneratedRegex("^[0-9A-Fa-f]{12}$")]
    private static partial Regex BareMac();
}
