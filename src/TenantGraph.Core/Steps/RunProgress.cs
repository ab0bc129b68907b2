using System.Collections.Concurrent;

namespace TenantGraph.Core.Steps;

/// <summary>Live per-step state a progress display polls while a run goes on.</summary>
public sealed class RunProgress
{
    private readonly ConcurrentDictionary<string, StepProgress> _steps = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public IReadOnlyList<StepProgress> Steps => _order.Select(id => _steps[id]).ToArray();

    internal StepProgress Track(string stepId, string name, Func<long> objects, RequestMetrics metrics)
    {
        var progress = new StepProgress(stepId, name, objects, metrics);
        if (_steps.TryAdd(stepId, progress))
        {
            _order.Enqueue(stepId);
        }

        return _steps[stepId];
    }
}
