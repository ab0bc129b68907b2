using TenantGraph.Store;

namespace TenantGraph.Cli.Tests;

/// <summary>A <c>tenantgraph collect</c> process killed mid-run, with the store read afterwards.</summary>
public sealed class InterruptedCollectTests
{
    private const string Secret = "emulated-app-secret-81ac";

    [Fact]
    public async Task Killed_collect_leaves_the_previous_snapshot_whole_and_its_run_failed()
    {
        using var dir = new TempDirectory();
        await using var cloud = await EmulatedTenant.StartAsync(dir, Secret);
        var store = Path.Combine(dir.Path, "graph.db");
        var config = cloud.WriteConfig(dir, "microsoft-365", Secret, store);
        Assert.Equal(0, (await CliRun.RunAsync("collect", "--config", config, "--no-progress")).ExitCode);
        var (previous, keys) = await LatestSnapshotAsync(store);

        // Slow answers keep the second collection busy long enough to be killed in the middle of it.
        cloud.Host.Admin.Faults = cloud.Host.Admin.Faults with { Latency = TimeSpan.FromMilliseconds(500) };
        cloud.Host.Admin.Mutate(percent: 30, seed: 5);
        var killed = await KillCollectorWhileItRunsAsync(config, store);

        await using (var reopened = await GraphStoreFactory.OpenAsync(store, CancellationToken.None))
        {
            var run = await reopened.GetRunAsync(killed, CancellationToken.None);
            Assert.Equal(RunStatus.Failed, run?.Status);
            Assert.StartsWith("interrupted", run?.Error, StringComparison.Ordinal);
            Assert.Equal(previous, (await reopened.GetLatestRunAsync("contoso", CancellationToken.None))?.Id);
        }

        var (latest, latestKeys) = await LatestSnapshotAsync(store);
        Assert.Equal(previous, latest);
        Assert.Equal(keys, latestKeys);
        cloud.Host.Admin.Faults = cloud.Host.Admin.Faults with { Latency = TimeSpan.Zero };
        Assert.Equal(0, (await CliRun.RunAsync("collect", "--config", config, "--no-progress")).ExitCode);
    }

    /// <summary>
    /// Starts <c>tenantgraph collect</c> in a process of its own, kills it once its run is open, and returns the run.
    /// </summary>
    private static async Task<long> KillCollectorWhileItRunsAsync(string config, string store)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var collector = CliProcess.Start(Path.GetDirectoryName(config)!, "collect", "--config", config, "--no-progress");
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
                if (collector.HasExited)
                {
                    Assert.Fail($"collect exited with {collector.ExitCode} before it was killed: " +
                        $"{await collector.StandardOutput.ReadToEndAsync()} {await collector.StandardError.ReadToEndAsync()}");
                }

                await using var reader = await GraphStoreFactory.OpenAsync(store, timeout.Token);
                if ((await reader.GetRunsAsync("contoso", timeout.Token)).FirstOrDefault(r => r.Status == RunStatus.Running) is { } running)
                {
                    // SIGKILL: no finally block or disposal runs in the collector.
                    collector.Kill();
                    await collector.WaitForExitAsync(timeout.Token);
                    return running.Id;
                }
            }
        }
        finally
        {
            if (!collector.HasExited)
            {
                collector.Kill();
            }
        }
    }

    private static async Task<(long Run, string[] Keys)> LatestSnapshotAsync(string store)
    {
        await using var graph = await GraphStoreFactory.OpenAsync(store, CancellationToken.None);
        var run = await graph.GetLatestRunAsync("contoso", CancellationToken.None) ?? throw new InvalidOperationException("no snapshot");
        var keys = await graph.ReadSnapshotEntitiesAsync(run.Id, null, CancellationToken.None).Select(e => e.Key).ToArrayAsync();
        return (run.Id, keys);
    }
}
