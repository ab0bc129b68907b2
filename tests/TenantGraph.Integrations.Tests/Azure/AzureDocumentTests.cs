using TenantGraph.Core.Documentation;
using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure;

/// <summary>
/// <c>tenantgraph document --integration azure</c> against seed 004's tables: all 69 entity rows and 109
/// relationship rows (178 in all).
/// </summary>
/// <remarks>
/// The seed was written by an older SDK release: one relationship table, "created/mapped", holding direct and
/// mapped relationships alike, one row per relationship <c>_type</c>, ordered by <c>_type</c>. The azure
/// integration documents in that layout (<see cref="Core.Steps.RelationshipTableLayout.CombinedByType"/>).
/// </remarks>
public sealed class AzureDocumentTests
{
    private const string Seed = "004_26d0b3dfe64707b0.txt";

    private static readonly string Generated = DataModelDocument.Generate(new AzureIntegration().Definition)!;

    private static readonly string SeedText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "seeds", Seed));

    [Fact]
    public void Seed_tables_hold_178_rows()
    {
        Assert.Equal(69, SeedTables.Rows(SeedText, "Entities").Count);
        Assert.Equal(109, SeedTables.Rows(SeedText, "Relationships").Count);
    }

    [Fact]
    public void Entity_table_equals_the_seed_row_for_row() =>
        Assert.Equal(SeedTables.Rows(SeedText, "Entities"), SeedTables.Rows(Generated, "Entities"));

    [Fact]
    public void Relationship_table_equals_the_seed_row_for_row() =>
        Assert.Equal(SeedTables.Rows(SeedText, "Relationships"), SeedTables.Rows(Generated, "Relationships"));

    [Fact]
    public void Generated_block_equals_the_seed_byte_for_byte()
    {
        var start = SeedText.IndexOf(DataModelDocument.StartMarker, StringComparison.Ordinal);
        var end = SeedText.IndexOf(DataModelDocument.EndMarker, StringComparison.Ordinal) + DataModelDocument.EndMarker.Length;

        Assert.Equal(SeedText[start..end].ReplaceLineEndings("\n"), Generated);
    }

    /// <summary>
    /// Every security-rule edge shares the <c>_type</c> <c>azure_security_group_rule</c>; the seed lists that type
    /// once, by its first declaration, although the reference also emits deny, reverse and Internet edges under it
    /// (azure-spec §6.1). Those stay declared, so the step metadata check still holds them to their shapes.
    /// </summary>
    [Fact]
    public void Security_rule_edges_are_declared_beyond_the_single_row_their_type_gets()
    {
        var declared = new AzureIntegration().Definition.Steps
            .SelectMany(s => s.Relationships.Select(r => (r.Type, r.Class)).Concat(s.MappedRelationships.Select(r => (r.Type, r.Class))))
            .Where(r => r.Type == "azure_security_group_rule").Distinct().ToArray();

        Assert.Contains(declared, r => r.Class == Core.Graph.RelationshipClass.Denies);
        Assert.Single(SeedTables.Rows(Generated, "Relationships"), row => row.StartsWith("`azure_security_group` | **ALLOWS**", StringComparison.Ordinal));
        Assert.Empty(SeedTables.Rows(Generated, "Mapped Relationships"));
    }
}
