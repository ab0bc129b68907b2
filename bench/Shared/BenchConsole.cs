using System.Globalization;

namespace TenantGraph.Bench.Shared;

/// <summary>What the cloud benchmarks print with and read their arguments by.</summary>
internal static class BenchConsole
{
    public static void Line(string text) => Console.WriteLine(text);

    /// <summary>The 1, 5 and 15 minute load averages, printed beside every figure because the machine is shared.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public static int Number(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    /// <summary>The value after a named option, or null when the option is absent.</summary>
    public static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
