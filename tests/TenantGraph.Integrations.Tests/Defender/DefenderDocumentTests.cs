using System.Text.RegularExpressions;
using TenantGraph.Core.Documentation;
using TenantGraph.Integrations.Defender;

namespace TenantGraph.Integrations.Tests.Defender;

public sealed partial class DefenderDocumentTests
{
    private const string Seed = "003_0aad891aaea008d6.txt";

    [Fact]
    public void Document_data_model_equals_the_seed_tables_row_for_row()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "seeds", Seed));
        var generated = DataModelDocument.Generate(new DefenderIntegration().Definition)
            ?? throw new InvalidOperationException("the Defender integration declares no types");

        Assert.Equal(DataModelLines(seed), DataModelLines(generated));
    }

    [Fact]
    public void Seed_tables_list_every_table_row_the_integration_documents()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "seeds", Seed));

        // 6 entities, 5 relationships, 1 mapped relationship: a guard against comparing two empty extractions.
        Assert.Equal(12, DataModelLines(seed).Count(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| -", StringComparison.Ordinal)) - 3);
    }

    /// <summary>
    /// fetch-logon-users declares AdvancedQuery.Read.All beside the seed's User.Read.All; declared permissions are not
    /// part of the document, so the generated text is the same without any.
    /// </summary>
    [Fact]
    public void Declared_permissions_leave_the_generated_document_unchanged()
    {
        var definition = new DefenderIntegration().Definition;
        var withoutPermissions = definition with
        {
            Steps = [.. definition.Steps.Select(s => new Core.Steps.StepDefinition(s.Id, s.Name, s.Entities, s.Relationships, s.DependsOn,
                s.Handler, Permissions: [], s.MappedRelationships))],
        };

        Assert.Contains("AdvancedQuery.Read.All", definition.Steps.Single(s => s.Id == Integrations.Defender.LogonUsers.LogonUsersSteps.FetchLogonUsers).Permissions);
        Assert.Equal(DataModelDocument.Generate(withoutPermissions), DataModelDocument.Generate(definition));
    }

    [Fact]
    public void Integration_is_in_the_catalog_as_defender_endpoint()
    {
        Assert.IsType<DefenderIntegration>(IntegrationCatalog.Find("defender-endpoint"));
    }

    [Fact]
    public void Step_constants_are_the_step_ids_in_pascal_case()
    {
        var constants = typeof(DefenderIntegration).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("TenantGraph.Integrations.Defender", StringComparison.Ordinal) == true && t.Name.EndsWith("Steps", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name); // literal string constants always have a value

        foreach (var step in new DefenderIntegration().Definition.Steps)
        {
            Assert.Equal(PascalCase(step.Id), constants[step.Id]);
        }
    }

    /// <summary>The lines from "## Data Model" up to the closing comment of the generated block.</summary>
    private static string[] DataModelLines(string document)
    {
        var lines = document.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("## Data Model", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start, l => l.StartsWith("<!--", StringComparison.Ordinal));
        Assert.True(start >= 0 && end > start, "no Data Model section");
        return [.. lines[start..end].Select(l => l.TrimEnd()).Where(l => l.Length > 0)];
    }

    private static string PascalCase(string id) => KebabPart().Replace(id, m => m.Value.TrimStart('-').ToUpperInvariant());

    [GeneratedRegex("(^|-)[a-z]")]
    private static partial Regex KebabPart();
}
