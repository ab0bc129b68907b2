using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TenantGraph.Emulator.Serving.Hunting;

/// <summary>A <c>summarize Name = aggregate(Column), … by Column, …</c> stage.</summary>
internal sealed partial record Summarize(IReadOnlyList<Aggregate> Aggregates, IReadOnlyList<string> By)
{
    public static Summarize Parse(string text)
    {
        var by = text.LastIndexOf(" by ", StringComparison.Ordinal);
        if (by < 0)
        {
            throw new FormatException("summarize without 'by' is not supported.");
        }

        var columns = text[(by + 4)..].Split(',').Select(c => HuntingQuery.Column(c.Trim())).ToArray();
        var aggregates = TopLevelCommas(text[..by]).Select(Aggregate.Parse).ToArray();
        return new Summarize(aggregates, columns);
    }

    public IEnumerable<(string Name, string Type)> Schema =>
        By.Select(c => (c, LogonEvent.ColumnTypes[c])).Concat(Aggregates.Select(a => (a.Name, a.Type)));

    public void WriteResults(Utf8JsonWriter writer, IEnumerable<LogonEvent> events, int limit)
    {
        var groups = events.GroupBy(e => string.Join('\u001f', By.Select(c => e.Text(c) ?? string.Empty)), StringComparer.Ordinal);
        foreach (var group in groups.Take(limit))
        {
            writer.WriteStartObject();
            var first = group.First();
            foreach (var column in By)
            {
                writer.WriteString(column, first.Text(column) ?? string.Empty);
            }

            foreach (var aggregate in Aggregates)
            {
                aggregate.Write(writer, group);
            }

            writer.WriteEndObject();
        }
    }

    private static IEnumerable<string> TopLevelCommas(string text)
    {
        var depth = 0;
        var inString = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    inString = !inString;
                    break;
                case '(' when !inString:
                    depth++;
                    break;
                case ')' when !inString:
                    depth--;
                    break;
                case ',' when !inString && depth == 0:
                    yield return text[start..i].Trim();
                    start = i + 1;
                    break;
            }
        }

        yield return text[start..].Trim();
    }
}

/// <summary>One <c>Name = function(Column)</c> of a summarize stage.</summary>
internal sealed partial record Aggregate(string Name, string Function, string Column, string? Separator)
{
    public string Type => Function switch
    {
        "min" or "max" => LogonEvent.ColumnTypes[Column],
        "dcount" => "Int64",
        "make_set" => "Dynamic",
        _ => "String",
    };

    public static Aggregate Parse(string text)
    {
        if (Joined().Match(text) is { Success: true } joined)
        {
            return new Aggregate(joined.Groups[1].Value, "strcat_array", HuntingQuery.Column(joined.Groups[2].Value), joined.Groups[3].Value);
        }

        if (Simple().Match(text) is { Success: true } simple)
        {
            return new Aggregate(simple.Groups[1].Value, simple.Groups[2].Value, HuntingQuery.Column(simple.Groups[3].Value), null);
        }

        throw new FormatException($"Unsupported aggregation: '{text}'.");
    }

    public void Write(Utf8JsonWriter writer, IEnumerable<LogonEvent> events)
    {
        switch (Function)
        {
            case "min" or "max" when Column == "Timestamp":
                var times = events.Select(e => e.Timestamp);
                writer.WriteString(Name, Time(Function == "min" ? times.Min() : times.Max()));
                break;
            case "min" or "max":
                var texts = events.Select(e => e.Text(Column)).OfType<string>().Order(StringComparer.Ordinal).ToArray();
                writer.WriteString(Name, texts.Length == 0 ? null : Function == "min" ? texts[0] : texts[^1]);
                break;
            case "dcount":
                writer.WriteNumber(Name, Values(events).Count());
                break;
            case "make_set":
                writer.WriteStartArray(Name);
                foreach (var value in Values(events))
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteString(Name, string.Join(Separator, Values(events).Order(StringComparer.Ordinal)));
                break;
        }
    }

    private IEnumerable<string> Values(IEnumerable<LogonEvent> events) =>
        events.Select(e => Column == "Timestamp" ? Time(e.Timestamp) : e.Text(Column)).OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal);

    /// <summary>Advanced hunting writes datetimes with seven fractional digits.</summary>
    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex("^(\\w+) = strcat_array\\(array_sort_asc\\(make_set\\((\\w+)\\)\\), \"([^\"]*)\"\\)$")]
    private static partial Regex Joined();

    [GeneratedRegex(@"^(\w+) = (min|max|dcount|make_set)\((\w+)\)$")]
    private static partial Regex Simple();
}
