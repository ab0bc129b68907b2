namespace TenantGraph.Core.Documentation;

/// <summary>
/// A table as markdown-table v2 formats it by default (sdk-spec §3.3): columns as wide as their longest cell in
/// UTF-16 units, cells right-padded, a dash delimiter row without colons, no escaping.
/// </summary>
internal static class MarkdownTable
{
    public static string Format(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = header.Select((h, i) => Math.Max(1, rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
        var lines = new List<string>(rows.Count + 2)
        {
            Line(header, widths),
            Line(widths.Select(w => new string('-', w)).ToArray(), widths),
        };
        lines.AddRange(rows.Select(r => Line(r, widths)));
        return string.Join('\n', lines);
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
}
