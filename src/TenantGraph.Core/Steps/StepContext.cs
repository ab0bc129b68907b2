using Microsoft.Extensions.Logging;
using TenantGraph.Core.JobStates;

namespace TenantGraph.Core.Steps;

/// <summary>What a handler gets: its job state, logger, the integration's services and the clock.</summary>
public sealed class StepContext(string stepId, string instance, StepJobState jobState, ILogger logger,
    StepServices services, TimeProvider time)
{
    public string StepId { get; } = stepId;

    public string Instance { get; } = instance;

    public StepJobState JobState { get; } = jobState;

    public ILogger Logger { get; } = logger;

    public StepServices Services { get; } = services;

    public TimeProvider Time { get; } = time;
}
