using System.Globalization;
using TenantGraph.Core.Steps;

namespace TenantGraph.Cli.Terminal;

/// <summary>The end-of-run summary: objects per type, each step's status and time, partial types, permissions to grant.</summary>
internal static class RunSummaryTable
{
    public static void Write(TextWriter writer, RunResult run, RequestMetrics metrics)
    {
        var culture = CultureInfo.InvariantCulture;
        writer.WriteLine();
        writer.WriteLine($"Instance {run.Instance} ({run.Integration}): {Outcome(run)} in {(run.EndedOn - run.StartedOn).TotalSeconds.ToString("F1", culture)} s");
        var counts = run.Steps.SelectMany(s => s.EncounteredTypeCounts)
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .Select(g => (Type: g.Key, Count: g.Sum(c => c.Value)))
            .OrderBy(t => t.Type, StringComparer.Ordinal).ToArray();
        if (counts.Length > 0)
        {
            var width = counts.Max(c => c.Type.Length);
            writer.WriteLine();
            writer.WriteLine($"  {"Type".PadRight(width)}  {"Count",10}");
            foreach (var (type, count) in counts)
            {
                writer.WriteLine(string.Create(culture, $"  {type.PadRight(width)}  {count,10:N0}"));
            }
        }

        writer.WriteLine();
        var stepWidth = run.Steps.Max(s => s.Id.Length);
        var statusWidth = run.Steps.Max(s => s.Status.ToWire().Length);
        writer.WriteLine($"  {"Step".PadRight(stepWidth)}  {"Status".PadRight(statusWidth)}  {"Duration",9}  {"Requests",9}");
        foreach (var step in run.Steps)
        {
            var duration = step.Duration is { } d ? d.TotalSeconds.ToString("F1", culture) + " s" : "-";
            var note = step.DisabledReason ?? step.Error;
            writer.WriteLine(string.Create(culture,
                $"  {step.Id.PadRight(stepWidth)}  {step.Status.ToWire().PadRight(statusWidth)}  {duration,9}  {step.Requests,9:N0}{(note is null ? string.Empty : "  " + note)}"));
        }

        if (run.PartialTypes.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("  Partial types (kept from the previous snapshot, never reported deleted):");
            writer.WriteLine($"    {string.Join(", ", run.PartialTypes)}");
        }

        var missing = run.Steps.SelectMany(s => s.MissingPermissions).ToArray();
        if (missing.Length > 0)
        {
            writer.WriteLine();
            writer.WriteLine("  Permissions to grant (and admin-consent):");
            foreach (var m in missing)
            {
                writer.WriteLine($"    {m.Permission}  (step {m.StepId}, {m.Path})");
            }
        }

        writer.WriteLine();
        writer.WriteLine(string.Create(culture,
            $"  API: {metrics.Requests:N0} requests, {metrics.Retries:N0} retries, {metrics.ThrottleWaits:N0} throttle waits ({metrics.ThrottleWaitTime.TotalSeconds:F1} s), {metrics.ResourceUnits:N0} resource units, {metrics.Bytes / 1024.0 / 1024.0:F1} MiB"));
    }

    private static string Outcome(RunResult run) => run.Cancelled ? "cancelled" : run.HasFailures ? "partial" : "success";
}
