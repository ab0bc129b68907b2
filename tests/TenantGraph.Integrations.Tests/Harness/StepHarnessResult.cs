using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Tests.Harness;

/// <summary>What one step produced, with the whole run's entities for checking relationship ends.</summary>
internal sealed record StepHarnessResult(RunResult Run, StepResult Step, IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relationship> Relationships, IReadOnlyList<Entity> AllEntities)
{
    public IReadOnlyList<Entity> EntitiesOf(string type) => Entities.Where(e => e.Type == type).ToArray();

    public IReadOnlyList<Relationship> RelationshipsOf(string type) => Relationships.Where(r => r.Type == type).ToArray();

    public IReadOnlyList<string> PartialTypes => Run.PartialTypes;
}
