namespace TenantGraph.Integrations.Tests.Harness;

/// <summary>The rows of a "## Data Model" section's tables, as cell lists, from a seed or from generated documentation.</summary>
internal static class SeedTables
{
    public static string Seed(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "seeds", fileName));

    /// <summary>Rows of the table under the first heading starting with <paramref name="heading"/> after "## Data Model".</summary>
    public static IReadOnlyList<string> Rows(string document, string heading)
    {
        var lines = document.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("## Data Model", StringComparison.Ordinal));
        Assert.True(start >= 0, "no Data Model section");
        var section = Array.FindIndex(lines, start, l => l.StartsWith("### " + heading, StringComparison.Ordinal));
        if (section < 0)
        {
            return [];
        }

        var rows = new List<string>();
        var inTable = false;
        for (var i = section + 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('|'))
            {
                inTable = true;
                rows.Add(Normalize(line));
            }
            else if (inTable || line.StartsWith('#'))
            {
                break;
            }
        }

        // Header and delimiter rows are not data.
        return rows.Skip(2).ToArray();
    }

    private static string Normalize(string row) =>
        string.Join(" | ", row.Trim('|').Split('|').Select(c => c.Trim()));
}
