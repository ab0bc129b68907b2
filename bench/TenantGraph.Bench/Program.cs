using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Core.Graph;
using TenantGraph.Core.JobStates;
using TenantGraph.Core.Metadata;
using TenantGraph.Core.Output;
using TenantGraph.Core.Steps;

// Pushes N synthetic Device+Host entities and N relationships between them through the step runner, the job state
// (validation on) and the collect-layout writer, then reports throughput, peak memory and output size.
// Usage: dotnet run -c Release --project bench/TenantGraph.Bench -- [N] [--profile]
var count = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } n ? long.Parse(n, CultureInfo.InvariantCulture) : 10_000_000L;
if (args.Contains("--profile"))
{
    Profile.Stages(new EntityMetadata("Device", "bench_device", ["Device", "Host"]));
    return 0;
}

var root = Path.Combine(Path.GetTempPath(), "tg-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(root);

var device = new EntityMetadata("Device", "bench_device", ["Device", "Host"]);
var deviceUsesDevice = RelationshipMetadata.Direct(device, RelationshipClass.Uses, device);
// Two entity steps and two relationship steps, each pair independent, as collectors run: the runner puts
// independent steps on both cores.
var steps = new StepDefinition[]
{
    DeviceStep("fetch-devices-even", 0),
    DeviceStep("fetch-devices-odd", 1),
    RelationshipStep("build-device-relationships-even", 0),
    RelationshipStep("build-device-relationships-odd", 1),
};

StepDefinition DeviceStep(string id, long parity) => new(id, id, [device], [], [], (context, cancellationToken) =>
{
    for (var i = parity; i < count; i += 2)
    {
        context.JobState.AddEntity(Synthetic.Device(device, i));
    }

    return Task.CompletedTask;
});

StepDefinition RelationshipStep(string id, long parity) => new(id, id, [], [deviceUsesDevice], ["fetch-devices-even", "fetch-devices-odd"],
    (context, cancellationToken) =>
    {
        for (var i = parity; i < count; i += 2)
        {
            context.JobState.AddRelationship(deviceUsesDevice.Create(Synthetic.Key(i), Synthetic.Key((i + 1) % count),
                new PropertyBag { ["weight"] = i % 7, ["primary"] = i % 2 == 0 }));
        }

        return Task.CompletedTask;
    });

var sampler = new MemorySampler();
var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
var clock = Stopwatch.StartNew();
var request = new RunRequest("bench", new IntegrationDefinition("bench", steps), new JobState(root), new StepServices());
var run = await new StepRunner(NullLogger.Instance, TimeProvider.System).RunAsync(request, CancellationToken.None);
SummaryWriter.Write(root, run);
clock.Stop();
sampler.Stop();

foreach (var step in run.Steps)
{
    Console.WriteLine($"{step.Id}: {step.Status.ToWire()} {step.Error} {step.Duration?.TotalSeconds:F1} s");
}

var objects = 2 * count;
var bytes = new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories)
    .Where(f => f.LinkTarget is null).Sum(f => f.Length);
var gc = GC.GetGCMemoryInfo(GCKind.Any);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"objects:             {objects:N0} in {clock.Elapsed.TotalSeconds:F1} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"objects per second:  {objects / clock.Elapsed.TotalSeconds:N0} (wall clock)"));
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU time:            {cpu.TotalSeconds:F1} s, {objects / cpu.TotalSeconds:N0} objects per CPU second (other load on the machine does not count)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set:    {Mib(Process.GetCurrentProcess().PeakWorkingSet64)} MiB"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak managed heap:   {Mib(sampler.PeakManaged)} MiB (GC.GetTotalMemory, sampled every 100 ms)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GC heap at last GC:  {Mib(gc.HeapSizeBytes)} MiB, committed {Mib(gc.TotalCommittedBytes)} MiB, gen2 collections {GC.CollectionCount(2)}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"output on disk:      {Mib(bytes)} MiB"));
Directory.Delete(root, recursive: true);
return run.HasFailures ? 1 : 0;

static long Mib(long bytes) => bytes / (1024 * 1024);

/// <summary>Times the stages an entity goes through, one at a time and in CPU time, to show where a run spends it.</summary>
internal static class Profile
{
    public static void Stages(EntityMetadata metadata)
    {
        const int n = 50_000;
        var entities = new Entity[n];
        Measure("build entity", n, () =>
        {
            for (var i = 0; i < n; i++)
            {
                entities[i] = Synthetic.Device(metadata, i);
            }
        });
        Measure("validate", n, () =>
        {
            foreach (var entity in entities)
            {
                TenantGraph.Core.DataModel.EntityValidator.Validate(entity);
            }
        });
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        Measure("serialise", n, () =>
        {
            foreach (var entity in entities)
            {
                buffer.ResetWrittenCount();
                using var writer = new System.Text.Json.Utf8JsonWriter(buffer);
                GraphObjectJson.WriteEntity(writer, entity);
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entity JSON size: {buffer.WrittenCount} bytes"));
    }

    private static void Measure(string stage, int n, Action action)
    {
        action();
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-14} {cpu.TotalMilliseconds * 1000 / n,8:F2} µs CPU per entity"));
    }
}

internal static class Synthetic
{
    private static readonly string[] OsTypes = ["windows", "linux", "darwin", "android", "ios"];

    public static string Key(long i) => $"/subscriptions/0000/devices/device-{i:D9}";

    public static Entity Device(EntityMetadata metadata, long i) => new(Key(i), metadata.Type, metadata.Classes, new PropertyBag(20)
    {
        ["name"] = $"device-{i}",
        ["displayName"] = $"Device {i}",
        ["category"] = "endpoint",
        ["ipv4Addresses"] = new[] { $"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}" },
        ["ipv6Addresses"] = null,
        ["macAddresses"] = new[] { $"00:11:22:{(i >> 16) & 255:x2}:{(i >> 8) & 255:x2}:{i & 255:x2}" },
        ["publicIpAddresses"] = null,
        ["privateIpAddresses"] = null,
        ["hostname"] = $"host-{i}",
        ["fqdn"] = null,
        ["serial"] = $"SN{i:D10}",
        ["deviceId"] = new[] { $"device-{i}" },
        ["lastSeenOn"] = 1714521600000L + i,
        ["make"] = "Contoso",
        ["model"] = "Laptop 7",
        ["osName"] = "Windows",
        ["osType"] = OsTypes[i % OsTypes.Length],
        ["osDetails"] = null,
        ["osVersion"] = "10.0.22631",
        ["active"] = i % 10 != 0,
    });
}

/// <summary>Samples the managed heap on a timer, as GC.GetTotalMemory has no peak of its own.</summary>
internal sealed class MemorySampler
{
    private readonly Timer _timer;
    private long _peak;

    public MemorySampler() => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));

    public long PeakManaged => Interlocked.Read(ref _peak);

    public void Stop()
    {
        _timer.Dispose();
        Sample();
    }

    private void Sample()
    {
        var now = GC.GetTotalMemory(forceFullCollection: false);
        long seen;
        while ((seen = Interlocked.Read(ref _peak)) < now && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
        {
        }
    }
}
