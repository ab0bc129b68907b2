using TenantGraph.Core.Documentation;
using TenantGraph.Integrations;

namespace TenantGraph.Cli.Tests;

public sealed class DocumentTests
{
    [Fact]
    public async Task Docs_data_model_is_what_document_prints()
    {
        var run = await CliRun.RunAsync("document");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(RepositoryFiles.PathOf("docs/data-model.md")), run.Output);
    }

    public static TheoryData<string> Integrations() => new(IntegrationCatalog.All.Select(i => i.Name));

    [Theory]
    [MemberData(nameof(Integrations))]
    public async Task One_integration_prints_its_generated_block(string name)
    {
        var run = await CliRun.RunAsync("document", "--integration", name);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(DataModelDocument.Generate(IntegrationCatalog.Find(name)!.Definition) + "\n", run.Output); // name comes from the catalog
    }

    [Fact]
    public void Every_integration_of_the_design_is_offered() =>
        Assert.Equal(["microsoft-365", "microsoft-365-legacy", "defender-endpoint", "azure"],
            IntegrationCatalog.All.Select(i => i.Name).ToArray());

    [Fact]
    public async Task An_unknown_integration_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("document", "--integration", "aws");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'aws' is not an integration", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_goes_to_the_named_file()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "model.md");

        var run = await CliRun.RunAsync("document", "--output", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(RepositoryFiles.PathOf("docs/data-model.md")), File.ReadAllText(file));
    }
}
