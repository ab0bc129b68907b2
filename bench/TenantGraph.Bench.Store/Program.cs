using System.Diagnostics;
using System.Globalization;
using Npgsql;
using TenantGraph.Bench.Store;
using TenantGraph.Core.Steps;
using TenantGraph.Store;
using TenantGraph.Store.Diff;

// Load rate and size on disk of one run into each store, and the time to diff two runs.
// usage: TenantGraph.Bench.Store [--objects N] [--diff-objects N] [--sqlite FILE] [--postgres URL] [--profile] [--sequential-keys]
// Keys are GUIDs in no order, as real tenants' are; --sequential-keys makes them increase, the best case for every index.
// --profile prints wall and CPU time of each phase of a run (staging entities, staging relationships, completing).
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
{
    options[args[i]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : string.Empty;
}

var objects = long.Parse(options.GetValueOrDefault("--objects", "10000000"), CultureInfo.InvariantCulture);
var diffObjects = long.Parse(options.GetValueOrDefault("--diff-objects", "1000000"), CultureInfo.InvariantCulture);
var sqlitePath = options.GetValueOrDefault("--sqlite", Path.Combine(Path.GetTempPath(), $"tenantgraph-bench-{Environment.ProcessId}.db"));
var postgres = options.GetValueOrDefault("--postgres");
var profile = options.ContainsKey("--profile");
var sequentialKeys = options.ContainsKey("--sequential-keys");

Console.WriteLine($"objects per load run: {objects:N0}; objects per diff run: {diffObjects:N0}; keys {(sequentialKeys ? "increasing" : "in no order")}; {Environment.ProcessorCount} cores; load average {LoadAverage()}");
if (profile)
{
    await ProfileEncodingAsync();
}

if (!options.ContainsKey("--no-sqlite"))
{
    await BenchAsync("SQLite", sqlitePath, () => SqliteSize(sqlitePath));
}

if (postgres is not null)
{
    await BenchAsync("PostgreSQL", postgres, () => PostgresSizeAsync(postgres));
}
else
{
    Console.WriteLine("PostgreSQL: skipped (give --postgres URL)");
}

return 0;

async Task BenchAsync(string name, string spec, Func<Task<long>> size)
{
    await using var store = await GraphStoreFactory.OpenAsync(spec, CancellationToken.None);
    // CPU time beside wall time: on a shared machine the wall time says more about the neighbours. Server CPU is
    // that of local postgres processes, when they are visible.
    var cpu = Meter.Start();
    var run = await StoreAsync(store, "bench-load", new SyntheticGraph(objects, 0, sequentialKeys), name);
    var used = cpu.Stop();
    Console.WriteLine(
        $"{name}: loaded {run.EntityCount + run.RelationshipCount:N0} objects in {used.Wall:F1} s = {objects / used.Wall:N0} objects/s; " +
        $"{used.Describe(objects)}; size on disk {await size() / 1_048_576.0:N0} MiB; load average {LoadAverage()}");

    await StoreAsync(store, "bench-diff", new SyntheticGraph(diffObjects, 1, sequentialKeys), name);
    var second = Meter.Start();
    await StoreAsync(store, "bench-diff", new SyntheticGraph(diffObjects, 2, sequentialKeys), name);
    var secondUsed = second.Stop();
    var diffCpu = Meter.Start();
    var diff = await store.DiffAsync("bench-diff", null, null, CancellationToken.None);
    var diffUsed = diffCpu.Stop();
    Console.WriteLine(
        $"{name}: second run of {diffObjects:N0} objects stored in {secondUsed.Wall:F1} s ({secondUsed.Describe(diffObjects)}); " +
        $"diff in {diffUsed.Wall:F1} s (client CPU {diffUsed.Client:F1} s, server CPU {diffUsed.Server:F1} s): " +
        $"{diff.Count(ChangeKind.Created):N0} created, {diff.Count(ChangeKind.Updated):N0} updated, {diff.Count(ChangeKind.Deleted):N0} deleted; " +
        $"load average {LoadAverage()}");
}

async Task<RunInfo> StoreAsync(IGraphStore store, string instance, SyntheticGraph graph, string name)
{
    await using var run = await store.BeginRunAsync(instance, "bench", CancellationToken.None);
    var phase = Meter.Start();
    await run.WriteEntitiesAsync(graph.EntitiesAsync(), CancellationToken.None);
    var entities = phase.Stop();
    phase = Meter.Start();
    await run.WriteRelationshipsAsync(graph.RelationshipsAsync(), CancellationToken.None);
    var relationships = phase.Stop();
    phase = Meter.Start();
    var now = DateTimeOffset.UtcNow;
    var info = await run.CompleteAsync(new RunResult(instance, "bench", now, now, [], Cancelled: false), CancellationToken.None);
    var complete = phase.Stop();
    if (profile)
    {
        Console.WriteLine($"  {name} {instance}: stage {graph.EntityCount:N0} entities {entities}; stage {graph.RelationshipCount:N0} relationships {relationships}; complete {complete}");
    }

    return info;
}

// CPU of making the objects alone, then of making and encoding them (sorted JSON and hash): what is left of a
// staging phase is the database's share.
async Task ProfileEncodingAsync()
{
    var graph = new SyntheticGraph(objects, 0, sequentialKeys);
    var phase = Meter.Start();
    var count = 0L;
    await foreach (var entity in graph.EntitiesAsync())
    {
        count += entity.Properties.Count;
    }

    var generate = phase.Stop();
    using var encoder = new GraphObjectEncoder();
    phase = Meter.Start();
    await foreach (var entity in graph.EntitiesAsync())
    {
        count += encoder.Encode(entity).Hash[0];
    }

    var encode = phase.Stop();
    Console.WriteLine($"  make {graph.EntityCount:N0} entities: {generate}; make and encode them: {encode} ({count % 10})");
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static Task<long> SqliteSize(string path) => Task.FromResult(
    new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length));

static async Task<long> PostgresSizeAsync(string spec)
{
    await using var connection = new NpgsqlConnection(TenantGraph.Store.Postgres.PostgresConnectionSpec.Parse(spec).ConnectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(
        "SELECT sum(pg_total_relation_size(c.oid))::bigint FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace",
        connection);
    return (long)(await command.ExecuteScalarAsync())!; // sum over the store's tables is never null once they exist.
}
