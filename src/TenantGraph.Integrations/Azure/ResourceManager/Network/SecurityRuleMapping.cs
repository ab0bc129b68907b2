using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace TenantGraph.Integrations.Azure.ResourceManager.Network;

/// <summary>What a rule's address prefix names (azure-spec §6.1).</summary>
internal enum RuleTargetKind
{
    Internet,
    Host,
    PublicNetwork,
    PrivateSubnet,
    ServiceTag,
}

/// <summary>One target of a rule: the Internet, a host, a network, a private subnet CIDR, or an Azure service tag.</summary>
internal sealed record RuleTarget(RuleTargetKind Kind, string Prefix, string? Address = null, string? ServiceType = null);

/// <summary>A destination port range: <c>*</c> is 0–65535, <c>a-b</c> is a to b, <c>n</c> is n to n (CHANGELOG 3.15.6).</summary>
internal sealed record PortRange(string Text, int FromPort, int ToPort);

/// <summary>
/// The domain rules of network security rules (azure-spec §6.1): port ranges, what an address prefix designates
/// and whether a group is wide open. Pure functions over the API records.
/// </summary>
internal static partial class SecurityRuleMapping
{
    public static IReadOnlyList<PortRange> PortRanges(SecurityRuleProperties rule)
    {
        var texts = new List<string>();
        if (rule.DestinationPortRange is { Length: > 0 } single)
        {
            texts.Add(single);
        }

        texts.AddRange((rule.DestinationPortRanges ?? []).Where(r => r.Length > 0));
        return [.. texts.Distinct(StringComparer.Ordinal).Select(ParsePortRange).OfType<PortRange>()];
    }

    public static PortRange? ParsePortRange(string text)
    {
        var trimmed = text.Trim();
        if (trimmed == "*")
        {
            return new PortRange(text, 0, 65535);
        }

        var dash = trimmed.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && Port(trimmed[..dash]) is { } from && Port(trimmed[(dash + 1)..]) is { } to)
        {
            return new PortRange(text, from, to);
        }

        return Port(trimmed) is { } port ? new PortRange(text, port, port) : null;
    }

    /// <summary>Inbound rules name their peers in the source prefixes, outbound ones in the destination prefixes.</summary>
    public static IReadOnlyList<string> TargetPrefixes(SecurityRuleProperties rule)
    {
        var inbound = IsInbound(rule);
        var single = inbound ? rule.SourceAddressPrefix : rule.DestinationAddressPrefix;
        var many = inbound ? rule.SourceAddressPrefixes : rule.DestinationAddressPrefixes;
        var prefixes = new List<string>();
        if (single is { Length: > 0 })
        {
            prefixes.Add(single);
        }

        prefixes.AddRange((many ?? []).Where(p => p.Length > 0));
        return [.. prefixes.Distinct(StringComparer.Ordinal)];
    }

    public static bool IsInbound(SecurityRuleProperties rule) =>
        string.Equals(rule.Direction, "Inbound", StringComparison.OrdinalIgnoreCase);

    public static bool IsAllow(SecurityRuleProperties rule) =>
        string.Equals(rule.Access, "Allow", StringComparison.OrdinalIgnoreCase);

    public static RuleTarget Classify(string prefix)
    {
        if (prefix is "*" || prefix.Equals("Internet", StringComparison.OrdinalIgnoreCase))
        {
            return new RuleTarget(RuleTargetKind.Internet, prefix);
        }

        if (Ipv4Prefix().IsMatch(prefix))
        {
            if (prefix.StartsWith("0.0.0.0", StringComparison.Ordinal))
            {
                return new RuleTarget(RuleTargetKind.Internet, prefix);
            }

            var address = prefix.Split('/')[0];
            if (prefix.EndsWith("/32", StringComparison.Ordinal))
            {
                return new RuleTarget(RuleTargetKind.Host, prefix, address);
            }

            return IsPrivate(address)
                ? new RuleTarget(RuleTargetKind.PrivateSubnet, prefix)
                : new RuleTarget(RuleTargetKind.PublicNetwork, prefix);
        }

        return new RuleTarget(RuleTargetKind.ServiceTag, prefix, ServiceType: ServiceTagType(prefix));
    }

    /// <summary>10/8, 172.16/12, 192.168/16 and 127/8, as the reference tests them.</summary>
    public static bool IsPrivate(string address)
    {
        if (!IPAddress.TryParse(address, out var ip))
        {
            return false;
        }

        var b = ip.GetAddressBytes();
        return b[0] == 10 || b[0] == 127 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168);
    }

    /// <summary><c>VirtualNetwork</c> → <c>azure_virtual_network</c>, <c>AzureLoadBalancer</c> → <c>azure_load_balancer</c>.</summary>
    public static string ServiceTagType(string tag)
    {
        var snake = new StringBuilder("azure_");
        // lodash snakeCase: words split at case changes and at anything not a letter or digit.
        var name = tag;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (snake[^1] != '_')
                {
                    snake.Append('_');
                }

                continue;
            }

            if (char.IsUpper(c) && i > 0 && snake[^1] != '_'
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(c));
        }

        return snake.ToString().TrimEnd('_').Replace("azure_azure_", "azure_", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the first all-open (<c>*</c> everywhere) allow rule comes before the first all-open deny rule
    /// (azure-spec §5.4 <c>isWideOpen</c>; priorities compare, a lower number wins).
    /// </summary>
    public static bool IsWideOpen(IReadOnlyList<SecurityRule> rules)
    {
        var allow = rules.FirstOrDefault(r => IsAllOpen(r.Properties) && IsAllow(r.Properties!))?.Properties;
        var deny = rules.FirstOrDefault(r => IsAllOpen(r.Properties) && !IsAllow(r.Properties!))?.Properties;
        return allow?.Priority is > 0 && (deny?.Priority is null || allow.Priority < deny.Priority);
    }

    private static bool IsAllOpen(SecurityRuleProperties? rule) =>
        rule is { SourceAddressPrefix: "*", DestinationAddressPrefix: "*", SourcePortRange: "*", DestinationPortRange: "*", Protocol: "*" };

    private static int? Port(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535 ? port : null;

    [GeneratedRegex(@"^(\d{1,3}\.){3}\d{1,3}(/\d{1,2})?$")]
    private static partial Regex Ipv4Prefix();
}
