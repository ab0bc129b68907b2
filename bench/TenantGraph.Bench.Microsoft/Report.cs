namespace TenantGraph.Bench.Microsoft;

/// <summary>Console lines, and the machine's load beside each figure.</summary>
internal static class Report
{
    // The projects build with InvariantGlobalization, so interpolated figures are formatted invariantly.
    public static void Line(string text) => Console.WriteLine(text);

    /// <summary>The 1, 5 and 15 minute load averages; the machine is shared, so figures mean little without them.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
