using System.Text.Json;

namespace TenantGraph.Cli.Tests;

public sealed class DiffTests
{
    private const string Secret = "emulated-app-secret-81ac";

    [Fact]
    public async Task Diff_after_a_change_round_reports_exactly_the_users_added_and_removed()
    {
        using var dir = new TempDirectory();
        await ChangeRoundDiff.AssertAsync(dir, Path.Combine(dir.Path, "graph.db"),
            config => CliRun.RunAsync("collect", "--config", config, "--no-progress"));
    }

    [Fact]
    public async Task Diff_prints_created_updated_and_deleted_as_json()
    {
        using var dir = new TempDirectory();
        await using var cloud = await EmulatedTenant.StartAsync(dir, Secret);
        var store = Path.Combine(dir.Path, "graph.db");
        var config = cloud.WriteConfig(dir, "microsoft-365", Secret, store);
        Assert.Equal(0, (await CliRun.RunAsync("collect", "--config", config, "--no-progress")).ExitCode);
        cloud.Host.Admin.Mutate(percent: 30, seed: 3);
        Assert.Equal(0, (await CliRun.RunAsync("collect", "--config", config, "--no-progress")).ExitCode);

        var run = await CliRun.RunAsync("diff", "--store", store, "--instance", "contoso", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Fact]
    public async Task Diff_of_a_store_that_does_not_exist_is_a_usage_error()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync("diff", "--store", Path.Combine(dir.Path, "missing.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }
}
