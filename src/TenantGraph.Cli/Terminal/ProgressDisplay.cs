using System.Globalization;
using TenantGraph.Core.Steps;

namespace TenantGraph.Cli.Terminal;

/// <summary>
/// Shows a run's steps while they go: on a terminal, a table redrawn in place (objects so far, requests, throttle
/// waits per step); otherwise one line per step as it finishes, so logs stay readable.
/// </summary>
internal sealed class ProgressDisplay(TextWriter writer, RunProgress progress, bool interactive, TimeProvider time)
{
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private int _drawnLines;

    /// <summary>Refreshes until the token is cancelled, then draws the final state once.</summary>
    public async Task ShowAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                Draw();
                await Task.Delay(interactive ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(1), time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            Draw();
        }
    }

    private void Draw()
    {
        var steps = progress.Steps;
        if (interactive)
        {
            if (_drawnLines > 0)
            {
                writer.Write($"\u001b[{_drawnLines}A");
            }

            foreach (var step in steps)
            {
                writer.WriteLine($"\u001b[2K{Line(step)}");
            }

            _drawnLines = steps.Count;
            return;
        }

        foreach (var step in steps.Where(s => s.Status != "running" && _reported.Add(s.StepId)))
        {
            writer.WriteLine(Line(step));
        }
    }

    private static string Line(StepProgress step) => string.Create(CultureInfo.InvariantCulture,
        $"{Symbol(step.Status)} {step.StepId,-48} {step.Objects,9:N0} objects {step.Metrics.Requests,7:N0} requests {step.Metrics.ThrottleWaits,5:N0} waits  {step.Status}");

    private static string Symbol(string status) => status switch
    {
        "running" => "…",
        "success" => "✔",
        "failure" => "✖",
        _ => "!",
    };
}
