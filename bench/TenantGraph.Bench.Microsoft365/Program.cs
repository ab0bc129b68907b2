using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Bench.Microsoft365;
using TenantGraph.Core.JobStates;
using TenantGraph.Core.Steps;
using TenantGraph.Emulator;
using TenantGraph.Emulator.Generation;
using TenantGraph.Integrations;
using TenantGraph.Microsoft;
using TenantGraph.Microsoft.Delta;
using TenantGraph.Microsoft.Throttling;

// Usage: dotnet run -c Release --project bench/TenantGraph.Bench.Microsoft365 -- [users] [groups] [devices]
//            [--memberships N] [--latency-ms N] [--sized-budgets] [--extrapolate-to USERS GROUPS DEVICES]
// Defaults: 100000 20000 50000, 10 memberships per user, 50 ms. Runs the whole microsoft-365 integration (its steps
// through StepRunner and JobState into a temp folder) against a generated tenant served by the emulator with
// Microsoft's budgets on, and prints wall time, requests per API, peak memory, objects collected and the lower bound
// the budgets allow. Every device is Intune-managed; detected apps come through the AppInvRawData export job. The
// emulator and its tenant run in a second process (this program with --serve), so the memory printed for the
// collector is its own. The client has the budgets the CLI gives it unless --sized-budgets asks for the tenant
// size's. Generation is timed apart and not counted.
var sizes = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(Number).ToArray();
var users = sizes.Length > 0 ? sizes[0] : 100_000;
var devices = sizes.Length > 2 ? sizes[2] : 50_000;
var generator = new GeneratorOptions
{
    Users = users,
    Groups = sizes.Length > 1 ? sizes[1] : 20_000,
    Memberships = Option("--memberships") is { } m ? Number(m) : 10 * users,
    Devices = devices,
    ManagedDevices = devices,
};
var latency = TimeSpan.FromMilliseconds(Option("--latency-ms") is { } l ? Number(l) : 50);
var extrapolateAt = Array.IndexOf(args, "--extrapolate-to");

// The emulator completes an export job at its second status read; the client waits 1 s, then 2 s, before its reads.
var exportWait = TimeSpan.FromSeconds(3);
if (args.Contains("--serve"))
{
    await EmulatorProcess.ServeAsync(generator, latency);
    return 0;
}

Report.Line($"generating {generator.Users:N0} users, {generator.Groups:N0} groups, {generator.Memberships:N0} memberships, " +
    $"{generator.Devices:N0} managed devices ({generator.DetectedAppsPerDevice} detected apps each), {generator.ManagedApps} apps, " +
    $"{generator.CompliancePolicies} compliance policies, {generator.DeviceConfigurations} configurations");
var baseline = Mib(Environment.WorkingSet);
await using var emulator = await EmulatorProcess.StartAsync(args);
Report.Line($"generated in {emulator.Fact("generated-seconds")} s in the emulator process (not counted); its working set with the tenant loaded " +
    $"{emulator.Fact("tenant-working-set-mib")} MiB; load average {Report.LoadAverage()}");

var graphBudget = generator.Users switch { < 50 => 3_500, <= 500 => 5_000, _ => 8_000 }; // the emulator's tier, as Graph's (peers.md §2.3)
var budgets = args.Contains("--sized-budgets")
    ? ThrottleBudgets.For(generator.Users switch { < 50 => GraphTenantSize.Small, <= 500 => GraphTenantSize.Medium, _ => GraphTenantSize.Large })
    : null;
var clientOptions = emulator.ClientOptions(generator);
using var client = MicrosoftApiClient.Create(budgets is null ? clientOptions : clientOptions with { Budgets = budgets });
using var heap = new HeapSampler();

// The directory steps spend Graph resource units; every other microsoft-365 step is Intune.
string[] directorySteps = ["account", "users", "groups", "group-members"];
var integration = IntegrationCatalog.Find("microsoft-365")!; // registered in the catalog
var output = Directory.CreateTempSubdirectory("tenantgraph-bench-m365-").FullName;
try
{
    var loadBefore = Report.LoadAverage();
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var started = Stopwatch.StartNew();
    var runMetrics = new RequestMetrics();
    var prepareMetrics = new RequestMetrics(runMetrics);
    PreparedRun prepared;
    using (prepareMetrics.Activate())
    {
        prepared = await integration.PrepareAsync(new InstanceContext("bench", emulator.Fact("tenant"), client, IntegrationSettings.Empty,
            new JsonFileDeltaLinkStore(Path.Combine(output, "delta-links.json")), NullLogger.Instance, TimeProvider.System), CancellationToken.None);
    }

    var stepMetrics = new ConcurrentDictionary<string, RequestMetrics>(StringComparer.Ordinal);
    var definition = integration.Definition with { Steps = [.. integration.Definition.Steps.Select(s => Measured(s, stepMetrics))] };
    using var state = new JobState(Path.Combine(output, "out"), definition.CaseInsensitiveKeys);
    var run = await new StepRunner(NullLogger.Instance, TimeProvider.System).RunAsync(
        new RunRequest("bench", definition, state, prepared.Services) { StartStates = prepared.StartStates, Metrics = runMetrics },
        CancellationToken.None);
    var wall = started.Elapsed;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    var loadAfter = Report.LoadAverage();
    var served = await emulator.StopAsync();

    Report.Line(string.Empty);
    Report.Line($"{"step",-40} {"status",-8} {"seconds",8} {"HTTP",8} {"budget",9} {"objects",10}");
    long objects = 0;
    long graphUnits = prepareMetrics.ResourceUnits;
    long graphRequests = prepareMetrics.Requests;
    long intuneItems = 0;
    long intuneRequests = 0;
    foreach (var step in run.Steps)
    {
        var metrics = stepMetrics.GetValueOrDefault(step.Id) ?? new RequestMetrics();
        var count = step.EncounteredTypeCounts.Values.Sum();
        objects += count;
        if (directorySteps.Contains(step.Id))
        {
            graphUnits += metrics.ResourceUnits;
            graphRequests += metrics.Requests;
        }
        else
        {
            intuneItems += metrics.ResourceUnits;
            intuneRequests += metrics.Requests;
        }

        Report.Line($"{step.Id,-40} {step.Status.ToWire(),-8} {step.Duration?.TotalSeconds ?? 0,8:F1} " +
            $"{metrics.Requests,8:N0} {metrics.ResourceUnits,9:N0} {count,10:N0}{(step.Error is { } e ? "  " + e : "")}");
    }

    var totals = client.TotalsFor(MicrosoftApi.Graph);
    var lanes = new Lanes(graphBudget, budgets ?? clientOptions.Budgets);
    var bound = lanes.Bound(graphUnits, intuneItems);
    var burstBound = lanes.BoundAfterFullBuckets(graphUnits, intuneItems);
    Report.Line("(budget: resource units for directory steps, Intune requests — one per $batch item, export POST and status read — for the others; prepare counted as directory)");
    Report.Line(string.Empty);
    Report.Line($"load average:        before {loadBefore}; after {loadAfter}");
    Report.Line($"wall time:           {wall.TotalSeconds:F1} s (prepare and steps; generation excluded); CPU {cpu.TotalSeconds:F1} s " +
        $"(this process: client and job state; {Environment.ProcessorCount} cores: {cpu / wall / Environment.ProcessorCount:P0} of the machine)");
    Report.Line($"objects collected:   {objects:N0} entities and relationships");
    Report.Line($"collector memory:    peak working set {Mib(Process.GetCurrentProcess().PeakWorkingSet64)} MiB, peak managed heap {Mib(heap.Peak)} MiB " +
        $"(this process: client, steps and job state; {baseline} MiB at start)");
    Report.Line($"emulator memory:     peak working set {served["peak-working-set-mib"]} MiB (its own process, tenant included)");
    Report.Line($"Graph identity:      {graphRequests:N0} HTTP requests, {graphUnits:N0} RU → {graphUnits / lanes.GraphRate:F1} s at {lanes.GraphRate:N0} RU/s");
    Report.Line($"Intune:              {intuneRequests:N0} HTTP requests, {intuneItems:N0} budget requests → {intuneItems / Lanes.IntuneRate:F1} s at {Lanes.IntuneRate:N0} requests/s");
    Report.Line($"emulator:            {served["graph-requests"]} Graph requests served ($batch items counted), {served["graph-throttled"]} answered 429; " +
        $"{served["token-requests"]} token requests; {served["export-jobs"]} export jobs, {served["downloads"]} archive downloads (blob, unbudgeted)");
    Report.Line($"client:              {totals.ThrottledResponses:N0} 429s received, {totals.Metrics.Retries:N0} retries, " +
        $"pacing waits {totals.Metrics.ThrottleWaitTime.TotalSeconds:F1} s summed over concurrent requests");
    Report.Line($"client pacing:       {lanes.ClientGraphRate:N0} RU/s and {lanes.ClientIntuneRate:N0} Intune requests/s (budgets × headroom), " +
        $"its own floor {lanes.ClientFloor(graphUnits, intuneItems):F1} s");
    Report.Line($"lower bound:         {bound:F1} s (units ÷ rate, the slower lane; the lanes run side by side); " +
        $"{burstBound:F1} s counting the full buckets at start. Detected apps cost the export's POST and status reads, not a " +
        $"request per device; the job itself takes what the service takes (here {exportWait.TotalSeconds:F0} s of status-read waits), beside the lanes");
    Report.Line($"wall / bound:        {wall.TotalSeconds / bound:F2}; against the bound with full buckets {wall.TotalSeconds / burstBound:F2}");

    if (extrapolateAt >= 0)
    {
        // Graph units grow with groups (one member listing each); Intune requests at most linearly with devices (device
        // list pages, per-policy status pages; detected apps are one export); objects with memberships and devices.
        var (toUsers, toGroups, toDevices) = (Number(args[extrapolateAt + 1]), Number(args[extrapolateAt + 2]), Number(args[extrapolateAt + 3]));
        var fullUnits = graphUnits * toGroups / (double)generator.Groups;
        var fullItems = intuneItems * toDevices / (double)generator.Devices;
        var objectFactor = ((10.0 * toUsers) + toGroups + toDevices) / (generator.Memberships + generator.Groups + generator.Devices);
        var fullBound = lanes.Bound(fullUnits, fullItems);
        Report.Line(string.Empty);
        Report.Line($"EXTRAPOLATED, not measured: {toUsers:N0} users, {toGroups:N0} groups, {10 * toUsers:N0} memberships, {toDevices:N0} devices");
        Report.Line($"  Graph ≈ {fullUnits:N0} RU → {fullUnits / lanes.GraphRate:F0} s; Intune ≈ {fullItems:N0} requests → {fullItems / Lanes.IntuneRate:F0} s");
        Report.Line($"  lower bound ≈ {fullBound:F0} s ({lanes.BoundAfterFullBuckets(fullUnits, fullItems):F0} s with full buckets); " +
            $"client pacing floor ≈ {lanes.ClientFloor(fullUnits, fullItems):F0} s; at this run's wall/bound (full buckets) ≈ " +
            $"{lanes.BoundAfterFullBuckets(fullUnits, fullItems) * wall.TotalSeconds / burstBound:F0} s");
        Report.Line($"  objects ≈ {objects * objectFactor:N0}; peak working set ≈ {baseline + ((Mib(Process.GetCurrentProcess().PeakWorkingSet64) - baseline) * objectFactor):N0} MiB " +
            "if it grows linearly with objects beyond the runtime's own");
    }
}
finally
{
    Directory.Delete(output, recursive: true);
}

return 0;

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 ? args[i + 1] : null;

static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

static long Mib(long bytes) => bytes / (1024 * 1024);

// Each step's own counters, so requests and budget units can be told apart per API.
static StepDefinition Measured(StepDefinition step, ConcurrentDictionary<string, RequestMetrics> metrics) =>
    new(step.Id, step.Name, step.Entities, step.Relationships, step.DependsOn, async (context, cancellationToken) =>
    {
        var own = metrics.GetOrAdd(step.Id, _ => new RequestMetrics(RequestMetrics.Current));
        using (own.Activate())
        {
            await step.Handler(context, cancellationToken);
        }
    }, step.Permissions, step.MappedRelationships);
