using TenantGraph.Core.Documentation;
using TenantGraph.Integrations.Microsoft365;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Microsoft365;

public sealed class Microsoft365DocumentTests
{
    private const string CurrentSeed = "000_7cdd20209e921613.txt";
    private const string LegacySeed = "002_a8b9a7a1bf3e314a.txt";

    [Fact]
    public void Entity_table_equals_the_seed_row_for_row()
    {
        var generated = DataModelDocument.Generate(new Microsoft365Integration().Definition)!;

        Assert.Equal(SeedTables.Rows(SeedTables.Seed(CurrentSeed), "Entities"), SeedTables.Rows(generated, "Entities"));
    }

    [Fact]
    public void Relationship_table_equals_the_seed_row_for_row()
    {
        var generated = DataModelDocument.Generate(new Microsoft365Integration().Definition)!;

        Assert.Equal(SeedTables.Rows(SeedTables.Seed(CurrentSeed), "Relationships"), SeedTables.Rows(generated, "Relationships"));
    }

    /// <summary>
    /// The SDK that wrote seed 000 sorted relationship rows by <c>_type</c> (account HAS azure_user_group comes before
    /// azure_user because its type is microsoft_365_account_has_azure_group); this pins that the declared types give the
    /// seed's order when sorted so, which is what the generator must do for the test above.
    /// </summary>
    [Fact]
    public void Seed_relationship_rows_are_in_relationship_type_order()
    {
        var rows = new Microsoft365Integration().Definition.Steps.SelectMany(s => s.Relationships)
            .DistinctBy(r => r.Type).OrderBy(r => r.Type, StringComparer.Ordinal)
            .Select(r => $"`{r.SourceType}` | **{r.Class.ToString().ToUpperInvariant()}** | `{r.TargetType}`");

        Assert.Equal(SeedTables.Rows(SeedTables.Seed(CurrentSeed), "Relationships"), rows);
    }

    [Fact]
    public void Current_profile_declares_no_mapped_relationships_as_the_seed_lists_none()
    {
        var generated = DataModelDocument.Generate(new Microsoft365Integration().Definition)!;

        Assert.Empty(SeedTables.Rows(generated, "Mapped Relationships"));
    }

    [Fact]
    public void Legacy_entity_table_equals_the_seed_row_for_row()
    {
        var generated = DataModelDocument.Generate(new Microsoft365LegacyIntegration().Definition)!;

        Assert.Equal(SeedTables.Rows(SeedTables.Seed(LegacySeed), "Entities"), SeedTables.Rows(generated, "Entities"));
    }

    /// <summary>
    /// Seed 002 was written by hand: its relationship rows follow no sort the generator could apply (user before
    /// user_group before group_member), so the rows are compared as a set.
    /// </summary>
    [Fact]
    public void Legacy_relationship_table_has_the_seed_rows()
    {
        var generated = DataModelDocument.Generate(new Microsoft365LegacyIntegration().Definition)!;

        Assert.Equal(SeedTables.Rows(SeedTables.Seed(LegacySeed), "Relationships").Order(StringComparer.Ordinal),
            SeedTables.Rows(generated, "Relationships").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Both_profiles_are_in_the_catalog()
    {
        Assert.NotNull(IntegrationCatalog.Find("microsoft-365"));
        Assert.NotNull(IntegrationCatalog.Find("microsoft-365-legacy"));
    }
}
