using System.Diagnostics;
using System.Globalization;

namespace TenantGraph.Bench.Store;

/// <summary>
/// Wall time, this process's CPU time and the CPU time of local postgres server processes over one phase. On a
/// shared machine CPU-seconds per object compare across loads where wall time does not.
/// </summary>
internal sealed class Meter
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _client = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly double _server = ServerSeconds();

    public static Meter Start() => new();

    public Measure Stop() => new(_wall.Elapsed.TotalSeconds,
        (Process.GetCurrentProcess().TotalProcessorTime - _client).TotalSeconds, Math.Max(0, ServerSeconds() - _server));

    // utime + stime of every process named postgres (fields 14 and 15 of /proc/<pid>/stat, in clock ticks; 100 Hz
    // on Linux). Processes that exited during the phase are not counted, so this is a lower bound; when their ticks
    // leave the sum, the difference can fall below zero, which Stop clamps.
    private static double ServerSeconds()
    {
        if (!Directory.Exists("/proc"))
        {
            return 0;
        }

        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                if (close < 0 || !stat.AsSpan(0, close).EndsWith("(postgres", StringComparison.Ordinal))
                {
                    continue;
                }

                var fields = stat[(close + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process exited while we read it.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to read.
            }
        }

        return ticks / 100.0;
    }
}

/// <summary>One phase's wall time and CPU seconds, client and server.</summary>
internal readonly record struct Measure(double Wall, double Client, double Server)
{
    public string Describe(long objects) =>
        $"client CPU {Client:F1} s, server CPU {Server:F1} s, {(Client + Server) * 1e6 / objects:F1} CPU-µs/object = {objects / Math.Max(Client + Server, 1e-9):N0} objects per CPU-second";

    public override string ToString() => $"{Wall:F2} s wall, {Client:F2} s client CPU, {Server:F2} s server CPU";
}
