using System.Text.RegularExpressions;
using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Defender.Vulnerabilities;

/// <summary>The mapped relationship from a vulnerability to the global <c>cve</c> entity (spec §B5.6).</summary>
internal static partial class CveMapping
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> TargetFilterKeys = [["_type", "_key"]];

    public static bool IsCve(string id) => CvePattern().IsMatch(id);

    /// <summary>
    /// The IS relationship, or null when the id is not a CVE id: the reference mapped every vulnerability and so
    /// created bogus <c>cve</c> targets for Defender's own ids (spec §B9.1.7).
    /// </summary>
    public static Relationship? ToRelationship(string vulnerabilityKey, string id, double? score)
    {
        if (!IsCve(id))
        {
            return null;
        }

        var upper = id.ToUpperInvariant();
        var url = $"https://nvd.nist.gov/vuln/detail/{id}";
        var target = new PropertyBag
        {
            ["_key"] = id.ToLowerInvariant(),
            ["_type"] = VulnerabilitiesTypes.CveType,
            ["id"] = id,
            ["score"] = score,
            ["name"] = upper,
            ["displayName"] = upper,
            ["references"] = new[] { url },
            ["webLink"] = url,
        };
        return VulnerabilitiesTypes.VulnerabilityIsCve.Create(vulnerabilityKey, target, TargetFilterKeys, skipTargetCreation: false);
    }

    [GeneratedRegex(@"^CVE-\d{4}-\d{4,}$", RegexOptions.IgnoreCase)]
    private static partial Regex CvePattern();
}
