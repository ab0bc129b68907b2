using TenantGraph.Core.Documentation;
using TenantGraph.Integrations.Azure;

namespace TenantGraph.Integrations.Tests.Azure;

/// <summary>
/// <c>tenantgraph document --integration azure</c> against seed 004's tables: all 69 entity rows and 109
/// relationship rows (178 in all).
/// </summary>
/// <remarks>
/// The seed was written by SDK v5, whose single relationship table held direct and mapped relationships alike
/// ("created/mapped") and was ordered by relationship <c>_type</c>. The generator writes mapped relationships in
/// their own table with the target in italics and orders rows by source and target, so relationship rows are
/// compared as a set over both tables, the mapped target's italics removed.
/// </remarks>
public sealed class AzureDocumentTests
{
    private const string Seed = "004_26d0b3dfe64707b0.txt";

    private static readonly string Generated = DataModelDocument.Generate(new AzureIntegration().Definition)!;

    private static readonly string SeedText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "seeds", Seed));

    [Fact]
    public void Seed_tables_hold_178_rows()
    {
        var seed = SeedText;

        Assert.Equal(69, Rows(seed, "Entities").Count);
        Assert.Equal(109, Rows(seed, "Relationships").Count);
    }

    [Fact]
    public void Entity_table_equals_the_seed_row_for_row()
    {
        var seed = Rows(SeedText, "Entities");
        var generated = Rows(Generated, "Entities");
        var missing = seed.Except(generated, StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, $"{missing.Length} seed entity rows not documented:\n{string.Join('\n', missing)}");
        Assert.Equal(seed, generated);
    }

    [Fact]
    public void Every_seed_relationship_row_is_documented()
    {
        var missing = Rows(SeedText, "Relationships").Except(DocumentedRelationshipRows(), StringComparer.Ordinal).ToArray();

        Assert.True(missing.Length == 0, $"{missing.Length} seed relationship rows not documented:\n{string.Join('\n', missing)}");
    }

    /// <summary>
    /// The network family also declares the deny and reverse-direction security-rule edges the reference emits
    /// with <c>_type</c> <c>azure_security_group_rule</c> but its generated table never listed (azure-spec §6.1);
    /// those are the only rows beyond the seed's.
    /// </summary>
    [Fact]
    public void Rows_beyond_the_seed_are_only_the_security_rule_edges()
    {
        var extra = DocumentedRelationshipRows().Except(Rows(SeedText, "Relationships"), StringComparer.Ordinal).Order(StringComparer.Ordinal);

        Assert.Equal(
        [
            "`azure_security_group` | **ALLOWS** | `internet`",
            "`azure_security_group` | **DENIES** | `azure_subnet`",
            "`azure_security_group` | **DENIES** | `internet`",
            "`azure_subnet` | **ALLOWS** | `azure_security_group`",
            "`azure_subnet` | **DENIES** | `azure_security_group`",
        ], extra);
    }

    private static IEnumerable<string> DocumentedRelationshipRows() =>
        Rows(Generated, "Relationships").Concat(Rows(Generated, "Mapped Relationships").Select(MappedAsSeedRow)).Distinct(StringComparer.Ordinal);

    /// <summary><c>`a` | **HAS** | `*b*` | FORWARD</c> → <c>`a` | **HAS** | `b`</c>.</summary>
    private static string MappedAsSeedRow(string row)
    {
        var cells = row.Split(" | ");
        return string.Join(" | ", cells[0], cells[1], cells[2].Replace("`*", "`", StringComparison.Ordinal).Replace("*`", "`", StringComparison.Ordinal));
    }

    /// <summary>The data rows of the table under "### {heading}" in the Data Model section, cells trimmed and joined by " | ".</summary>
    private static IReadOnlyList<string> Rows(string document, string heading)
    {
        var lines = document.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("## Data Model", StringComparison.Ordinal));
        Assert.True(start >= 0, "no Data Model section");
        var section = Array.FindIndex(lines, start, l => l.Trim() == "### " + heading);
        if (section < 0)
        {
            return [];
        }

        var rows = lines.Skip(section + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|'))
            .Select(l => string.Join(" | ", l.Trim().Trim('|').Split('|').Select(c => c.Trim())));
        return rows.Skip(2).ToArray(); // header and delimiter
    }
}
