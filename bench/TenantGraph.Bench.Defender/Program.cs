using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Core.JobStates;
using TenantGraph.Core.Steps;
using TenantGraph.Emulator;
using TenantGraph.Emulator.Generation;
using TenantGraph.Integrations;
using TenantGraph.Microsoft;
using TenantGraph.Microsoft.Delta;

// Usage: dotnet run -c Release --project bench/TenantGraph.Bench.Defender -- [machines] [vulnerabilities-per-machine]
//            [--logon-users N] [--latency-ms N] [--no-advanced-query]
// Defaults: 10000 machines, 20 vulnerabilities each (the generator knows 15 CVEs and caps there), 2 logon users each,
// 50 ms. Runs the whole defender-endpoint integration through StepRunner and JobState against a generated tenant
// served by the in-process emulator with Defender's throttling on at Microsoft's budgets (100 calls a minute, 1,500 an
// hour), and prints wall time, requests per API, Defender calls against the hourly budget, 429s, peak memory and
// objects. --no-advanced-query withholds AdvancedQuery.Read.All, so logon users are read machine by machine.
var sizes = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(Number).ToArray();
var generator = GeneratorOptions.Empty with
{
    Seed = 7,
    Users = 2_000,
    DefenderMachines = sizes.Length > 0 ? sizes[0] : 10_000,
    VulnerabilitiesPerMachine = sizes.Length > 1 ? sizes[1] : 20,
    LogonUsersPerMachine = Option("--logon-users") is { } u ? Number(u) : 2,
};
var latency = TimeSpan.FromMilliseconds(Option("--latency-ms") is { } l ? Number(l) : 50);
var advancedQuery = !args.Contains("--no-advanced-query");

Line($"generating {generator.DefenderMachines:N0} machines, {generator.VulnerabilitiesPerMachine} vulnerabilities and " +
    $"{generator.LogonUsersPerMachine} logon users each, {generator.Users:N0} users; AdvancedQuery.Read.All {(advancedQuery ? "granted" : "withheld")}");
var clock = Stopwatch.StartNew();
var tenant = TenantGenerator.Generate(generator);
var app = tenant.Info.Apps[0];
tenant.Info = tenant.Info with
{
    Apps = [app with { GrantedPermissions = advancedQuery ? [.. app.GrantedPermissions, "AdvancedQuery.Read.All"] : app.GrantedPermissions }],
};
var exposures = tenant.Count("defender/api/vulnerabilities/machinesVulnerabilities");
Line($"generated in {clock.Elapsed.TotalSeconds:F1} s (not counted): {exposures:N0} machine-vulnerability rows; load average {LoadAverage()}");

await using var cloud = await BenchCloud.StartAsync(tenant, generator, latency);
using var client = cloud.CreateClient(null);
var integration = IntegrationCatalog.Find("defender-endpoint")!; // registered in the catalog
var output = Directory.CreateTempSubdirectory("tenantgraph-bench-defender-").FullName;
try
{
    var loadBefore = LoadAverage();
    var started = Stopwatch.StartNew();
    var prepared = await integration.PrepareAsync(new InstanceContext("bench", tenant.Info.TenantId, client, IntegrationSettings.Empty,
        new JsonFileDeltaLinkStore(Path.Combine(output, "delta-links.json")), NullLogger.Instance, TimeProvider.System), CancellationToken.None);
    using var state = new JobState(Path.Combine(output, "out"), integration.Definition.CaseInsensitiveKeys);
    var run = await new StepRunner(NullLogger.Instance, TimeProvider.System).RunAsync(
        new RunRequest("bench", integration.Definition, state, prepared.Services) { StartStates = prepared.StartStates }, CancellationToken.None);
    var wall = started.Elapsed;

    Line(string.Empty);
    Line($"{"step",-40} {"status",-8} {"seconds",8} {"objects",10}");
    long objects = 0;
    foreach (var step in run.Steps)
    {
        var count = step.EncounteredTypeCounts.Values.Sum();
        objects += count;
        Line($"{step.Id,-40} {step.Status.ToWire(),-8} {step.Duration?.TotalSeconds ?? 0,8:F1} {count,10:N0}{(step.Error is { } e ? "  " + e : "")}");
    }

    var defender = client.TotalsFor(MicrosoftApi.Defender);
    var graph = client.TotalsFor(MicrosoftApi.Graph);
    Line(string.Empty);
    Line($"load average:        before {loadBefore}; after {LoadAverage()} ({Environment.ProcessorCount} cores)");
    Line($"wall time:           {wall.TotalSeconds:F1} s (prepare and steps; generation excluded)");
    Line($"objects collected:   {objects:N0} entities and relationships");
    Line($"peak working set:    {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB (this process holds the emulator and its tenant too)");
    Line($"Defender requests:   {defender.Metrics.Requests:N0} sent by the client = {defender.Metrics.Requests / 1_500.0:P1} of the 1,500-an-hour budget; " +
        $"{cloud.Host.Counters.Requests(EmulatorApi.Defender):N0} served by the emulator");
    Line($"Graph requests:      {graph.Metrics.Requests:N0}; token requests {cloud.Host.Counters.Requests(EmulatorApi.Login):N0}");
    Line($"429s:                Defender {cloud.Host.Counters.Throttled(EmulatorApi.Defender):N0}, Graph {cloud.Host.Counters.Throttled(EmulatorApi.Graph):N0}; " +
        $"client retries {defender.Metrics.Retries:N0}, Defender pacing waits {defender.Metrics.ThrottleWaitTime.TotalSeconds:F1} s");
}
finally
{
    Directory.Delete(output, recursive: true);
}

string? Option(string name) => BenchConsole.Option(args, name);
