using System.Diagnostics;
using System.Globalization;
using TenantGraph.Bench.Microsoft;
using TenantGraph.Emulator;
using TenantGraph.Emulator.Generation;
using TenantGraph.Microsoft;
using TenantGraph.Microsoft.Batching;
using TenantGraph.Microsoft.Delta;
using TenantGraph.Microsoft.Throttling;

// Usage: dotnet run -c Release --project bench/TenantGraph.Bench.Microsoft -- [users] [groups] [memberships] [--latency-ms N]
// Defaults: 100000 20000 1000000, 50 ms. Lists users, groups and every group's members from a generated tenant, served
// by the in-process emulator with Microsoft's budgets on, and compares the wall time with the lower bound the Graph
// resource-unit budget allows. Three runs on one tenant: $batch fan-out (what the microsoft-365 integration does) with
// the client's default budgets (the CLI sets no others), the same with the budgets of the tenant's size, and users plus
// groups delta with members@delta. Generation is timed apart and not counted.
var sizes = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
var generator = new GeneratorOptions
{
    Users = sizes.Length > 0 ? sizes[0] : 100_000,
    Groups = sizes.Length > 1 ? sizes[1] : 20_000,
    Memberships = sizes.Length > 2 ? sizes[2] : 1_000_000,
    Devices = 0,
    ManagedDevices = 0,
    DefenderMachines = 0,
};
var latencyArg = Array.IndexOf(args, "--latency-ms");
var latency = TimeSpan.FromMilliseconds(latencyArg >= 0 ? int.Parse(args[latencyArg + 1], CultureInfo.InvariantCulture) : 50);

Report.Line($"generating {generator.Users:N0} users, {generator.Groups:N0} groups, {generator.Memberships:N0} memberships");
var clock = Stopwatch.StartNew();
var tenant = TenantGenerator.Generate(generator);
Report.Line($"generated in {clock.Elapsed.TotalSeconds:F1} s (not counted); load average {Report.LoadAverage()}");

var need = DirectoryCost.Of(tenant);
// The emulator picks the budget by user count as Graph does (peers.md §2.3): S <50, M 50–500, L above.
var serverBudget = generator.Users switch { < 50 => 3_500, <= 500 => 5_000, _ => 8_000 };
var serverRate = serverBudget / 10.0;
Report.Line($"tenant: {need.Memberships:N0} memberships in {need.Groups:N0} groups, {need.MemberPages:N0} member pages of up to 999; " +
    $"server budget {serverBudget:N0} RU per 10 s ({serverRate:N0} RU/s), latency {latency.TotalMilliseconds:N0} ms");

await using var cloud = await BenchCloud.StartAsync(tenant, generator, latency);
var sized = ThrottleBudgets.For(generator.Users switch { < 50 => GraphTenantSize.Small, <= 500 => GraphTenantSize.Medium, _ => GraphTenantSize.Large });

await RunAsync("batch, client default budgets (what the CLI configures)", budgets: null, need.BatchResourceUnits, ListWithBatchAsync);
await RunAsync("batch, client budgets for the tenant's size", sized, need.BatchResourceUnits, ListWithBatchAsync);
await RunAsync("users + groups delta with members@delta, budgets for the size", sized, need.DeltaResourceUnits, ListWithDeltaAsync);
return 0;

async Task RunAsync(string name, ThrottleBudgets? budgets, long resourceUnitsNeeded, Func<MicrosoftApiClient, Task<Listed>> list)
{
    cloud.Host.Admin.ResetThrottling();
    using var client = cloud.CreateClient(budgets);
    var servedBefore = cloud.Host.Counters.Requests(EmulatorApi.Graph);
    var throttledBefore = cloud.Host.Counters.Throttled(EmulatorApi.Graph);
    var loadBefore = Report.LoadAverage();
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var started = Stopwatch.StartNew();
    var listed = await list(client);
    var wall = started.Elapsed;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    var totals = client.TotalsFor(MicrosoftApi.Graph);
    var metrics = totals.Metrics;
    var clientBudget = budgets ?? cloud.DefaultBudgets;
    var clientRate = clientBudget.GraphResourceUnitsPer10Seconds * clientBudget.Headroom / 10;
    var bound = resourceUnitsNeeded / serverRate;
    // The server's bucket starts full, so a perfect client spends its first 10 s of budget at once.
    var latencyFloor = need.SequentialPages * latency.TotalSeconds;
    var burstBound = Math.Max(0, resourceUnitsNeeded - serverBudget) / serverRate;

    Report.Line(string.Empty);
    Report.Line($"== {name}");
    Report.Line($"load average before: {loadBefore}; after: {Report.LoadAverage()}");
    Report.Line($"listed:              {listed.Users:N0} users, {listed.Groups:N0} groups, {listed.Memberships:N0} memberships");
    Report.Line($"phases:              users {listed.UsersDone.TotalSeconds:F1} s, groups {listed.GroupsDone.TotalSeconds:F1} s, " +
        $"memberships done at {listed.MembersDone.TotalSeconds:F1} s (from the start)");
    Report.Line($"HTTP requests:       {metrics.Requests:N0} (client; a $batch post is one)");
    Report.Line($"requests served:     {cloud.Host.Counters.Requests(EmulatorApi.Graph) - servedBefore:N0} (emulator; each $batch item counts)");
    Report.Line($"resource units:      {metrics.ResourceUnits:N0} charged by the client, {resourceUnitsNeeded:N0} needed (tenant sizes × cost rules)");
    Report.Line($"429s received:       {totals.ThrottledResponses:N0} (client), {cloud.Host.Counters.Throttled(EmulatorApi.Graph) - throttledBefore:N0} (emulator)");
    Report.Line($"retries:             {metrics.Retries:N0}; pacing waits {metrics.ThrottleWaits:N0}, " +
        $"{metrics.ThrottleWaitTime.TotalSeconds:F1} s summed over concurrent requests");
    Report.Line($"client pacing:       {clientBudget.GraphResourceUnitsPer10Seconds:N0} RU per 10 s × {clientBudget.Headroom:0.##} headroom = " +
        $"{clientRate:N0} RU/s, its own floor {resourceUnitsNeeded / clientRate:F1} s");
    Report.Line($"wall time:           {wall.TotalSeconds:F1} s; CPU {cpu.TotalSeconds:F1} s (client and emulator together, " +
        $"{Environment.ProcessorCount} cores: {cpu / wall / Environment.ProcessorCount:P0} of the machine)");
    Report.Line($"lower bound:         {bound:F1} s ({resourceUnitsNeeded:N0} RU ÷ {serverRate:N0} RU/s); " +
        $"{burstBound:F1} s counting the full bucket at start");
    Report.Line($"latency floor:       {latencyFloor:F1} s ({need.SequentialPages:N0} dependent pages × {latency.TotalMilliseconds:N0} ms)");
    Report.Line($"wall / bound:        {wall.TotalSeconds / bound:F2} (target 1.3); wall / max(bound, latency floor) {wall.TotalSeconds / Math.Max(bound, latencyFloor):F2}");
}

async Task<Listed> ListWithBatchAsync(MicrosoftApiClient client)
{
    var clock = Stopwatch.StartNew();
    var groupIds = new List<string>();
    var users = Task.Run(async () => (Count: await DirectoryRequests.CountAsync(client.ListRawAsync(DirectoryRequests.Users, CancellationToken.None)), Done: clock.Elapsed));
    var groups = Task.Run(async () =>
    {
        await foreach (var group in client.ListRawAsync(DirectoryRequests.Groups, CancellationToken.None))
        {
            groupIds.Add(group.GetProperty("id").GetString()!); // every directory object has an id
        }

        return clock.Elapsed;
    });
    var (userCount, usersDone) = await users;
    var groupsDone = await groups;

    // As the group-members step: after users and groups, every group's members through $batch.
    long memberships = 0;
    var requests = groupIds.Select(id => new KeyedListRequest(id, DirectoryRequests.Members(id)));
    await foreach (var page in client.ListEachRawAsync(requests, CancellationToken.None))
    {
        memberships += page.Items.Count;
    }

    return new Listed(userCount, groupIds.Count, memberships, usersDone, groupsDone, clock.Elapsed);
}

async Task<Listed> ListWithDeltaAsync(MicrosoftApiClient client)
{
    var clock = Stopwatch.StartNew();
    var users = Task.Run(async () => (Count: await DirectoryRequests.CountAsync(client.ListRawAsync(DirectoryRequests.Users, CancellationToken.None)), Done: clock.Elapsed));
    var groupIds = new HashSet<string>(StringComparer.Ordinal);
    long memberships = 0;
    var round = client.DeltaRaw(new DeltaRequest("/groups/delta", "GroupMember.Read.All") { Select = [.. DirectoryRequests.GroupFields, "members"] });
    await foreach (var change in round.ReadAsync(CancellationToken.None))
    {
        groupIds.Add(change.Id);
        memberships += change.Members.Count(m => !m.Removed);
    }

    var groupsDone = clock.Elapsed;
    var (userCount, usersDone) = await users;
    return new Listed(userCount, groupIds.Count, memberships, usersDone, groupsDone, groupsDone);
}

internal sealed record Listed(long Users, long Groups, long Memberships, TimeSpan UsersDone, TimeSpan GroupsDone, TimeSpan MembersDone);
