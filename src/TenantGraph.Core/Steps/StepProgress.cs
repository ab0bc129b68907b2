namespace TenantGraph.Core.Steps;

/// <summary>One step's live state: status, objects so far and its API counters.</summary>
public sealed class StepProgress(string stepId, string name, Func<long> objects, RequestMetrics metrics)
{
    private volatile string _status = "running";

    public string StepId { get; } = stepId;

    public string Name { get; } = name;

    public long Objects => objects();

    public RequestMetrics Metrics { get; } = metrics;

    public string Status
    {
        get => _status;
        internal set => _status = value;
    }
}
