using System.Text.RegularExpressions;

namespace TenantGraph.Emulator.Serving.Hunting;

/// <summary>
/// The small part of KQL the emulator runs: <c>DeviceLogonEvents</c>, then any number of <c>where</c> stages
/// (<c>==</c>, <c>startswith</c>, <c>isnotempty()</c> joined by <c>and</c>), then at most one <c>summarize … by …</c>
/// with <c>min</c>, <c>max</c>, <c>dcount</c>, <c>make_set</c> and <c>strcat_array(array_sort_asc(make_set(…)), "…")</c>.
/// Anything else is refused with <see cref="FormatException"/>, which the service answers with a 400, so a collector
/// cannot come to depend on a query the real service would read differently.
/// </summary>
internal sealed partial record HuntingQuery(IReadOnlyList<Func<LogonEvent, bool>> Filters, Summarize? Summary)
{
    public const string Table = "DeviceLogonEvents";

    public static HuntingQuery Parse(string text)
    {
        var stages = text.Split('|').Select(s => Whitespace().Replace(s, " ").Trim()).ToArray();
        if (stages[0] != Table)
        {
            throw new FormatException($"Failed to resolve table expression named '{stages[0]}'; the emulator serves {Table} only.");
        }

        var filters = new List<Func<LogonEvent, bool>>();
        Summarize? summary = null;
        foreach (var stage in stages.Skip(1))
        {
            if (summary is not null)
            {
                throw new FormatException($"Unsupported stage after summarize: '{stage}'.");
            }

            if (stage.StartsWith("where ", StringComparison.Ordinal))
            {
                filters.AddRange(Regex.Split(stage[6..], " and ").Select(Predicate));
            }
            else if (stage.StartsWith("summarize ", StringComparison.Ordinal))
            {
                summary = Summarize.Parse(stage[10..]);
            }
            else
            {
                throw new FormatException($"Unsupported operator: '{stage}'.");
            }
        }

        return new HuntingQuery(filters, summary);
    }

    internal static string Column(string name) =>
        LogonEvent.ColumnTypes.ContainsKey(name) ? name : throw new FormatException($"Failed to resolve column named '{name}'.");

    private static Func<LogonEvent, bool> Predicate(string text)
    {
        var predicate = text.Trim();
        if (Equals().Match(predicate) is { Success: true } eq)
        {
            var (column, value) = (Column(eq.Groups[1].Value), eq.Groups[2].Value);
            return e => string.Equals(e.Text(column), value, StringComparison.Ordinal);
        }

        if (StartsWith().Match(predicate) is { Success: true } starts)
        {
            var (column, value) = (Column(starts.Groups[1].Value), starts.Groups[2].Value);
            // KQL's startswith ignores case.
            return e => e.Text(column)?.StartsWith(value, StringComparison.OrdinalIgnoreCase) == true;
        }

        if (IsNotEmpty().Match(predicate) is { Success: true } notEmpty)
        {
            var column = Column(notEmpty.Groups[1].Value);
            return e => !string.IsNullOrEmpty(e.Text(column));
        }

        throw new FormatException($"Unsupported predicate: '{predicate}'.");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("^(\\w+) == \"([^\"]*)\"$")]
    private static partial Regex Equals();

    [GeneratedRegex("^(\\w+) startswith \"([^\"]*)\"$")]
    private static partial Regex StartsWith();

    [GeneratedRegex(@"^isnotempty\((\w+)\)$")]
    private static partial Regex IsNotEmpty();
}
