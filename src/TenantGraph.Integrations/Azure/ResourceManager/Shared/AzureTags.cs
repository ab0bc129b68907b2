using System.Globalization;
using System.Text.RegularExpressions;
using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>
/// ARM <c>tags</c> onto an entity, by the SDK's <c>assignTags</c> rules (sdk-spec §1.8 step 8): each tag becomes
/// <c>tag.&lt;Key&gt;</c> with <c>true</c>/<c>false</c> and numbers parsed; a <c>Name</c> tag sets
/// <c>displayName</c> (and <c>name</c> only when empty); <c>classification</c>, <c>owner</c>, <c>email</c> and the
/// caller's <c>tagProperties</c> (e.g. <c>environment</c>) are also set lower-cased under their own name; keys
/// whose value is <c>true</c> or empty are listed in <c>tags</c>.
/// </summary>
/// <remarks>
/// Call it after <c>EntityMap.Build</c>: <c>AzureTags.Apply(entity, resource.Tags, "environment")</c>. Pass the
/// tag properties the reference passes for that type (azure-spec §5 "tags with environment"). A displayName the
/// converter assigned on purpose wins: pass <paramref name="keepDisplayName"/>.
/// </remarks>
internal static partial class AzureTags
{
    private static readonly string[] CopiedKeys = ["classification", "owner", "email"];

    public static void Apply(Entity entity, IReadOnlyDictionary<string, string?>? tags, params string[] tagProperties) =>
        Apply(entity.Properties, tags, keepDisplayName: false, tagProperties);

    public static void Apply(PropertyBag properties, IReadOnlyDictionary<string, string?>? tags, bool keepDisplayName,
        params string[] tagProperties)
    {
        properties.Remove("tags");
        if (tags is null || tags.Count == 0)
        {
            return;
        }

        var flagged = new List<string>();
        foreach (var (key, value) in tags)
        {
            if (value is null || !PropertyName().IsMatch(key))
            {
                continue;
            }

            if (value.Length == 0 || value.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                flagged.Add(key);
            }

            properties.Set("tag." + key, Parse(value));
            var lower = key.ToLowerInvariant();
            if (lower == "name" && value.Length > 0)
            {
                if (!keepDisplayName)
                {
                    properties.Set("displayName", value);
                }

                if (properties["name"] is null or "")
                {
                    properties.Set("name", value);
                }
            }

            if (CopiedKeys.Contains(lower) || tagProperties.Contains(lower, StringComparer.Ordinal))
            {
                properties.Set(lower, value.ToLowerInvariant());
            }
        }

        if (flagged.Count > 0)
        {
            properties.Set("tags", flagged.ToArray());
        }
    }

    /// <summary><c>true</c>/<c>false</c> become booleans, <c>^\d+$</c> an integer, <c>^\d+\.\d+$</c> a float.</summary>
    public static object Parse(string value)
    {
        if (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return value.Length == 4;
        }

        if (Integer().IsMatch(value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (Decimal().IsMatch(value) && double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }

        return value;
    }

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^\d+\.\d+$")]
    private static partial Regex Decimal();

    // Keys the graph cannot hold as a property name (e.g. "cost/center") are dropped rather than failing the entity.
    [GeneratedRegex(@"^[A-Za-z0-9. -]+$")]
    private static partial Regex PropertyName();
}
