using System.Diagnostics;
using System.Globalization;
using Npgsql;
using TenantGraph.Bench.Store;
using TenantGraph.Core.Steps;
using TenantGraph.Store;

// Load rate and size on disk of one run into each store, and the time to diff two runs.
// usage: TenantGraph.Bench.Store [--objects N] [--diff-objects N] [--sqlite FILE] [--postgres URL]
var options = args.Chunk(2).ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : string.Empty, StringComparer.Ordinal);
var objects = long.Parse(options.GetValueOrDefault("--objects", "10000000"), CultureInfo.InvariantCulture);
var diffObjects = long.Parse(options.GetValueOrDefault("--diff-objects", "1000000"), CultureInfo.InvariantCulture);
var sqlitePath = options.GetValueOrDefault("--sqlite", Path.Combine(Path.GetTempPath(), $"tenantgraph-bench-{Environment.ProcessId}.db"));
var postgres = options.GetValueOrDefault("--postgres");

Console.WriteLine($"objects per load run: {objects:N0}; objects per diff run: {diffObjects:N0}");
await BenchAsync("SQLite", sqlitePath, () => SqliteSize(sqlitePath));
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
    // CPU time of this process beside wall time: on a shared machine the wall time says more about the neighbours.
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var load = Stopwatch.StartNew();
    var run = await StoreAsync(store, "bench-load", new SyntheticGraph(objects, 0));
    load.Stop();
    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    Console.WriteLine(
        $"{name}: loaded {run.EntityCount + run.RelationshipCount:N0} objects in {load.Elapsed.TotalSeconds:F1} s = {objects / load.Elapsed.TotalSeconds:N0} objects/s " +
        $"(client CPU {cpuSeconds:F1} s); size on disk {await size() / 1_048_576.0:N0} MiB");

    await StoreAsync(store, "bench-diff", new SyntheticGraph(diffObjects, 1));
    var second = Stopwatch.StartNew();
    await StoreAsync(store, "bench-diff", new SyntheticGraph(diffObjects, 2));
    second.Stop();
    var diffCpu = Process.GetCurrentProcess().TotalProcessorTime;
    var diffTime = Stopwatch.StartNew();
    var diff = await store.DiffAsync("bench-diff", null, null, CancellationToken.None);
    diffTime.Stop();
    var diffCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - diffCpu).TotalSeconds;
    Console.WriteLine(
        $"{name}: second run of {diffObjects:N0} objects stored in {second.Elapsed.TotalSeconds:F1} s; diff in {diffTime.Elapsed.TotalSeconds:F1} s (client CPU {diffCpuSeconds:F1} s): " +
        $"{diff.Count(TenantGraph.Store.Diff.ChangeKind.Created):N0} created, {diff.Count(TenantGraph.Store.Diff.ChangeKind.Updated):N0} updated, {diff.Count(TenantGraph.Store.Diff.ChangeKind.Deleted):N0} deleted");
}

static async Task<RunInfo> StoreAsync(IGraphStore store, string instance, SyntheticGraph graph)
{
    await using var run = await store.BeginRunAsync(instance, "bench", CancellationToken.None);
    await run.WriteEntitiesAsync(graph.EntitiesAsync(), CancellationToken.None);
    await run.WriteRelationshipsAsync(graph.RelationshipsAsync(), CancellationToken.None);
    var now = DateTimeOffset.UtcNow;
    return await run.CompleteAsync(new RunResult(instance, "bench", now, now, [], Cancelled: false), CancellationToken.None);
}

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
