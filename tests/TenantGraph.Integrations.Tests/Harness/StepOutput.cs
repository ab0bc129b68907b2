using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Tests.Harness;

/// <summary>What one step wrote.</summary>
internal sealed record StepOutput(IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships);
