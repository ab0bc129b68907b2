using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Tests.Harness;

/// <summary>A run of an integration against the emulator: the runner's result and what every step wrote.</summary>
internal sealed class IntegrationRun(RunResult run, PreparedRun prepared, IReadOnlyDictionary<string, StepOutput> steps)
{
    public RunResult Run { get; } = run;

    public PreparedRun Prepared { get; } = prepared;

    public IReadOnlyList<Entity> Entities { get; } = steps.Values.SelectMany(s => s.Entities).ToArray();

    public IReadOnlyList<Relationship> Relationships { get; } = steps.Values.SelectMany(s => s.Relationships).ToArray();

    public IReadOnlyList<string> PartialTypes => Run.PartialTypes;

    public StepResult Step(string id) => Run.Steps.Single(s => s.Id == id);

    /// <summary>What one step wrote.</summary>
    public StepOutput Output(string stepId) => steps[stepId];

    public IReadOnlyList<Entity> EntitiesOf(string type) => Entities.Where(e => e.Type == type).ToArray();

    public IReadOnlyList<Relationship> RelationshipsOf(string type) => Relationships.Where(r => r.Type == type).ToArray();

    public IReadOnlyDictionary<string, long> TypeCounts =>
        Entities.Select(e => e.Type).Concat(Relationships.Select(r => r.Type))
            .GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
}
