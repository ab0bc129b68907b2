using TenantGraph.Core.JobStates;

namespace TenantGraph.Core.Steps;

/// <summary>Everything one run of an integration instance needs.</summary>
public sealed record RunRequest(string Instance, IntegrationDefinition Integration, JobState JobState, StepServices Services)
{
    /// <summary>Decided before the run; a step without an entry is enabled.</summary>
    public IReadOnlyDictionary<string, StepStartState> StartStates { get; init; } =
        new Dictionary<string, StepStartState>(StringComparer.Ordinal);

    /// <summary>How many steps may run at once.</summary>
    public int MaxConcurrency { get; init; } = 8;

    /// <summary>Run-wide API counters; each step's counters add to these.</summary>
    public RequestMetrics Metrics { get; init; } = new();

    /// <summary>Live state for a progress display, when one is shown.</summary>
    public RunProgress? Progress { get; init; }
}
