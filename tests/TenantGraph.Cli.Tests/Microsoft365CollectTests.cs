using System.Text.Json;
using TenantGraph.Emulator;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Generation;
using TenantGraph.Store;

namespace TenantGraph.Cli.Tests;

/// <summary>
/// <c>tenantgraph collect</c> of the microsoft-365 integration end to end: the emulator serving the recorded tenant or
/// a generated one, the command's exit code, and the snapshot it leaves in a SQLite store.
/// </summary>
public sealed class Microsoft365CollectTests
{
    private const string Instance = "local-integration-instance";

    private static readonly GeneratorOptions Small = GeneratorOptions.Demo with { Users = 12, Groups = 4, Memberships = 20, Devices = 6, ManagedDevices = 6 };

    private static readonly string[] IntuneTypes = ["intune_host_agent", "intune_managed_application", "intune_detected_application"];

    [Fact]
    public async Task Recorded_tenant_is_stored_with_the_reference_count_of_every_type()
    {
        using var dir = new TempDirectory();
        var tenant = TenantData.Load(RepositoryFiles.PathOf(Path.Combine("testdata", "tenants", "microsoft365")));

        var (run, counts) = await CollectAsync(dir, tenant);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        using var reference = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf(Path.Combine("testdata", "reference", "microsoft365.json"))));
        var expected = reference.RootElement.GetProperty("entities").EnumerateArray()
            .GroupBy(e => e.GetProperty("_type").GetString()!).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), counts.Entities.Where(p => expected.ContainsKey(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Tenant_without_intune_stores_the_directory_and_says_why_intune_was_skipped()
    {
        using var dir = new TempDirectory();

        var (run, counts) = await CollectAsync(dir, TenantGenerator.Generate(Small with { IntuneLicensed = false }));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Intune", run.Output + run.Error, StringComparison.Ordinal);
        Assert.Equal(12, counts.Entities["azure_user"]);
        Assert.DoesNotContain(counts.Entities.Keys, IntuneTypes.Contains);
    }

    [Fact]
    public async Task Missing_intune_permission_exits_1_and_keeps_intune_types_partial_in_the_store()
    {
        using var dir = new TempDirectory();

        var (run, counts, latest) = await CollectWithRunAsync(dir, TenantGenerator.Generate(Small),
            o => o with { Faults = o.Faults with { DeniedPermissions = ["DeviceManagementManagedDevices.Read.All"] } });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("DeviceManagementManagedDevices.Read.All", run.Output, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Partial, latest.Status);
        Assert.Contains("intune_host_agent", latest.PartialTypes);
        Assert.DoesNotContain("azure_user", latest.PartialTypes);
        Assert.Equal(12, counts.Entities["azure_user"]);
    }

    [Fact]
    public async Task Throttling_and_server_errors_leave_the_stored_graph_as_a_clean_run_does()
    {
        using var clean = new TempDirectory();
        using var faulty = new TempDirectory();

        var (cleanRun, expected) = await CollectAsync(clean, TenantGenerator.Generate(Small));
        var (faultyRun, actual) = await CollectAsync(faulty, TenantGenerator.Generate(Small),
            o => o with { Faults = o.Faults with { ThrottleRate = 0.1, ServerErrorRate = 0.1, Seed = 5 } });

        Assert.True(cleanRun.ExitCode == 0, cleanRun.Output + cleanRun.Error);
        Assert.True(faultyRun.ExitCode == 0, faultyRun.Output + faultyRun.Error);
        Assert.Equal(expected.Entities, actual.Entities);
        Assert.Equal(expected.Relationships, actual.Relationships);
    }

    private static async Task<(CliRun Run, SnapshotCounts Counts)> CollectAsync(TempDirectory dir, TenantData tenant,
        Func<EmulatorOptions, EmulatorOptions>? configure = null)
    {
        var (run, counts, _) = await CollectWithRunAsync(dir, tenant, configure);
        return (run, counts);
    }

    private static async Task<(CliRun Run, SnapshotCounts Counts, RunInfo Latest)> CollectWithRunAsync(TempDirectory dir, TenantData tenant,
        Func<EmulatorOptions, EmulatorOptions>? configure)
    {
        await using var cloud = await EmulatedTenant.StartAsync(dir, tenant, configure);
        var store = Path.Combine(dir.Path, "graph.db");
        var config = cloud.WriteConfig(dir, "microsoft-365", tenant.Info.Apps[0].ClientSecret!, store, Instance);

        var run = await CliRun.RunAsync("collect", "--config", config, "--no-progress");

        await using var graph = await GraphStoreFactory.OpenAsync(store, CancellationToken.None);
        var latest = await graph.GetLatestRunAsync(Instance, CancellationToken.None);
        Assert.True(latest is not null, run.Output + run.Error);
        return (run, await graph.CountsAsync(latest.Id, CancellationToken.None), latest);
    }
}
