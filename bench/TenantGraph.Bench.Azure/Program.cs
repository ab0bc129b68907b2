using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Core.JobStates;
using TenantGraph.Core.Steps;
using TenantGraph.Emulator;
using TenantGraph.Emulator.Generation;
using TenantGraph.Integrations;
using TenantGraph.Microsoft;
using TenantGraph.Microsoft.Delta;

// Usage: dotnet run -c Release --project bench/TenantGraph.Bench.Azure -- [subscriptions] [resources-per-type] [--latency-ms N]
// Defaults: 10 subscriptions, 500 of each generated resource kind per subscription (virtual networks, security groups,
// VMs with their NIC, public IP and disk, storage accounts, key vaults, SQL servers with databases: about 5,000 resources
// a subscription; the other service kinds and the children of each parent at the generator's defaults), 50 ms. Runs
// the Resource Manager steps of the azure integration (every subscription the app can see) through StepRunner and
// JobState against the in-process emulator with ARM's throttling on at Microsoft's budgets (a bucket of 250 reads
// refilling 25 a second per subscription), and prints each step's time and requests, then wall time, requests, 429s,
// peak memory, objects, and the budget's lower bound.
var sizes = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(Number).ToArray();
var generator = GeneratorOptions.Empty with
{
    Seed = 11,
    Users = 100,
    Subscriptions = sizes.Length > 0 ? sizes[0] : 10,
    ResourcesPerType = sizes.Length > 1 ? sizes[1] : 500,
};
var latency = TimeSpan.FromMilliseconds(Option("--latency-ms") is { } l ? Number(l) : 50);

Line($"generating {generator.Subscriptions} subscriptions with {generator.ResourcesPerType:N0} resources of each kind");
var clock = Stopwatch.StartNew();
var tenant = TenantGenerator.Generate(generator);
var resources = tenant.CollectionPaths
    .Where(p => p.StartsWith("arm/subscriptions/", StringComparison.OrdinalIgnoreCase) && p.Contains("/providers/", StringComparison.OrdinalIgnoreCase))
    .Sum(tenant.Count);
Line($"generated in {clock.Elapsed.TotalSeconds:F1} s (not counted): {resources:N0} resources in provider lists; load average {LoadAverage()}");

await using var cloud = await BenchCloud.StartAsync(tenant, generator, latency);
using var client = cloud.CreateClient(null);
var integration = IntegrationCatalog.Find("azure")!; // registered in the catalog
var settings = new IntegrationSettings(new Dictionary<string, JsonElement>
{
    ["subscriptions"] = JsonSerializer.SerializeToElement("*"),
    ["ingestActiveDirectory"] = JsonSerializer.SerializeToElement(false),
});
var output = Directory.CreateTempSubdirectory("tenantgraph-bench-azure-").FullName;
try
{
    var loadBefore = LoadAverage();
    var started = Stopwatch.StartNew();
    var prepared = await integration.PrepareAsync(new InstanceContext("bench", tenant.Info.TenantId, client, settings,
        new JsonFileDeltaLinkStore(Path.Combine(output, "delta-links.json")), NullLogger.Instance, TimeProvider.System), CancellationToken.None);
    using var state = new JobState(Path.Combine(output, "out"), integration.Definition.CaseInsensitiveKeys);
    var run = await new StepRunner(NullLogger.Instance, TimeProvider.System).RunAsync(
        new RunRequest("bench", integration.Definition, state, prepared.Services) { StartStates = prepared.StartStates }, CancellationToken.None);
    var wall = started.Elapsed;

    Line(string.Empty);
    Line($"{"step",-56} {"status",-10} {"seconds",8} {"requests",9} {"objects",10}");
    long objects = 0;
    foreach (var step in run.Steps.Where(s => s.Status != StepStatus.Disabled))
    {
        var count = step.EncounteredTypeCounts.Values.Sum();
        objects += count;
        Line($"{step.Id,-56} {step.Status.ToWire(),-10} {step.Duration?.TotalSeconds ?? 0,8:F1} {step.Requests,9:N0} {count,10:N0}{(step.Error is { } e ? "  " + e : "")}");
    }

    var arm = client.TotalsFor(MicrosoftApi.ResourceManager);
    var perSubscription = arm.Metrics.Requests / (double)generator.Subscriptions;
    // ARM's bucket holds 250 reads and refills 25 a second per subscription, and subscriptions are read in parallel.
    var bound = Math.Max(0, perSubscription - 250) / 25;
    Line(string.Empty);
    Line($"load average:        before {loadBefore}; after {LoadAverage()} ({Environment.ProcessorCount} cores)");
    Line($"wall time:           {wall.TotalSeconds:F1} s (prepare and steps; generation excluded)");
    Line($"objects collected:   {objects:N0} entities and relationships");
    Line($"peak working set:    {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB (this process holds the emulator and its tenant too)");
    Line($"ARM requests:        {arm.Metrics.Requests:N0} ({perSubscription:N0} per subscription); served {cloud.Host.Counters.Requests(EmulatorApi.Arm):N0}");
    Line($"429s:                {cloud.Host.Counters.Throttled(EmulatorApi.Arm):N0}; client retries {arm.Metrics.Retries:N0}, pacing waits {arm.Metrics.ThrottleWaitTime.TotalSeconds:F1} s summed");
    Line($"lower bound:         {bound:F1} s (per-subscription reads beyond the 250-read bucket at 25 a second)");
}
finally
{
    Directory.Delete(output, recursive: true);
}

string? Option(string name) => BenchConsole.Option(args, name);
