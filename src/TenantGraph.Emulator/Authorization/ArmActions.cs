using System.Text.RegularExpressions;

namespace TenantGraph.Emulator.Authorization;

/// <summary>
/// The RBAC read action and scope ARM checks for a path, and wildcard matching of granted actions
/// (<c>*</c>, <c>*/read</c>, <c>Microsoft.Network/*</c>) as role definitions write them.
/// </summary>
internal static class ArmActions
{
    /// <summary>Null for calls every principal may make (listing its own subscriptions).</summary>
    public static (string Action, string Scope)? For(string[] segments)
    {
        if (segments.Length < 2 || !segments[0].Equals("subscriptions", StringComparison.OrdinalIgnoreCase))
        {
            return segments.Length <= 1 ? null : (ProviderAction(segments) ?? "Microsoft.Resources/read", "/" + string.Join('/', segments));
        }

        var subscriptionScope = $"/subscriptions/{segments[1]}";
        var providers = Array.FindLastIndex(segments, s => s.Equals("providers", StringComparison.OrdinalIgnoreCase));
        if (providers >= 0 && ProviderAction(segments) is { } action)
        {
            var scope = segments.Length % 2 == 0 ? "/" + string.Join('/', segments) : "/" + string.Join('/', segments[..providers]);
            return (action, scope);
        }

        return segments.Length switch
        {
            2 => ("Microsoft.Resources/subscriptions/read", subscriptionScope),
            3 or 4 when segments[2].Equals("resourceGroups", StringComparison.OrdinalIgnoreCase) =>
                ("Microsoft.Resources/subscriptions/resourceGroups/read", "/" + string.Join('/', segments)),
            _ => ($"Microsoft.Resources/subscriptions/{segments[2]}/read", subscriptionScope),
        };
    }

    public static bool Grants(string pattern, string action) =>
        pattern == "*" || Regex.IsMatch(action, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary><c>…/providers/{namespace}/{type}/{name}/{childType}…</c> → <c>{namespace}/{type}/{childType}/read</c>.</summary>
    private static string? ProviderAction(string[] segments)
    {
        var providers = Array.FindLastIndex(segments, s => s.Equals("providers", StringComparison.OrdinalIgnoreCase));
        if (providers < 0 || providers + 1 >= segments.Length)
        {
            return null;
        }

        var parts = new List<string> { segments[providers + 1] };
        for (var i = providers + 2; i < segments.Length; i += 2)
        {
            parts.Add(segments[i]);
        }

        return parts.Count == 1 ? "Microsoft.Resources/subscriptions/providers/read" : string.Join('/', parts) + "/read";
    }
}
