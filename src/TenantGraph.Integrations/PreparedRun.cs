using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations;

/// <summary>The services handlers will use and the steps disabled before the run, with their reasons.</summary>
public sealed record PreparedRun(StepServices Services, IReadOnlyDictionary<string, StepStartState> StartStates);
