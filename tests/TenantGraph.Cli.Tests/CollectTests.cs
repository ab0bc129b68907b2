using TenantGraph.Store;

namespace TenantGraph.Cli.Tests;

public sealed class CollectTests
{
    private const string Secret = "emulated-app-secret-4d1f";

    [Fact]
    public async Task Collect_writes_the_sdk_layout_and_a_stored_snapshot()
    {
        using var dir = new TempDirectory();
        await using var cloud = await EmulatedTenant.StartAsync(dir, Secret);
        var store = Path.Combine(dir.Path, "graph.db");
        var config = cloud.WriteConfig(dir, "microsoft-365", Secret, store);
        var output = Path.Combine(dir.Path, "out");

        var run = await CliRun.RunAsync("collect", "--config", config, "--output", output, "--no-progress");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.True(File.Exists(Path.Combine(output, "summary.json")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(output, "graph", "users", "entities"), "*.json"));
        await using var graph = await GraphStoreFactory.OpenAsync(store, CancellationToken.None);
        var latest = await graph.GetLatestRunAsync("contoso", CancellationToken.None);
        Assert.NotNull(latest);
        Assert.Equal(12, (await graph.CountsAsync(latest.Id, CancellationToken.None)).Entities["azure_user"]);
    }

    [Fact]
    public async Task A_wrong_secret_collects_nothing_and_keeps_the_previous_snapshot()
    {
        using var dir = new TempDirectory();
        await using var cloud = await EmulatedTenant.StartAsync(dir, Secret);
        var store = Path.Combine(dir.Path, "graph.db");
        Assert.Equal(0, (await CliRun.RunAsync("collect", "--config", cloud.WriteConfig(dir, "microsoft-365", Secret, store), "--no-progress")).ExitCode);

        var run = await CliRun.RunAsync("collect", "--config", cloud.WriteConfig(dir, "microsoft-365", "not-the-secret", store), "--no-progress");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("AADSTS7000215", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        await using var graph = await GraphStoreFactory.OpenAsync(store, CancellationToken.None);
        var runs = await graph.GetRunsAsync("contoso", CancellationToken.None);
        var latest = await graph.GetLatestRunAsync("contoso", CancellationToken.None);
        Assert.Equal(runs[^1].Id, latest?.Id);
        Assert.Equal(RunStatus.Failed, runs[0].Status);
    }

    [Fact]
    public async Task A_missing_permission_ends_partial_and_names_the_permission()
    {
        using var dir = new TempDirectory();
        await using var cloud = await EmulatedTenant.StartAsync(dir, Secret,
            options => options with { Faults = options.Faults with { DeniedPermissions = ["GroupMember.Read.All", "Group.Read.All", "Directory.Read.All"] } });
        var config = cloud.WriteConfig(dir, "microsoft-365", Secret, Path.Combine(dir.Path, "graph.db"));

        var run = await CliRun.RunAsync("collect", "--config", config, "--no-progress");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Permissions to grant", run.Output, StringComparison.Ordinal);
        Assert.Contains("azure_user_group", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_endpoint_collects_nothing()
    {
        using var dir = new TempDirectory();
        await using var cloud = await EmulatedTenant.StartAsync(dir, Secret);
        var config = cloud.WriteConfig(dir, "microsoft-365", Secret, Path.Combine(dir.Path, "graph.db"));
        // Port 9 (discard) has no listener on loopback: the sign-in cannot connect.
        File.WriteAllText(config, File.ReadAllText(config).Replace(cloud.Host.LoginUrl.ToString(), "https://127.0.0.1:9/", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("collect", "--config", config, "--no-progress");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("contoso", run.Error, StringComparison.Ordinal);
    }
}
