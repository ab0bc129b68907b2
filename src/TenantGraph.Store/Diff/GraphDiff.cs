namespace TenantGraph.Store.Diff;

/// <summary>
/// What changed in one instance's graph between two runs, ordered by type then key. <see cref="From"/> is null
/// when <see cref="To"/> is the instance's first run (everything is created). Objects of a type that was partial in
/// <see cref="To"/> are never listed as deleted.
/// </summary>
public sealed record GraphDiff(
    RunInfo? From,
    RunInfo To,
    IReadOnlyList<EntityChange> Entities,
    IReadOnlyList<RelationshipChange> Relationships)
{
    public int Count(ChangeKind kind) =>
        Entities.Count(c => c.Kind == kind) + Relationships.Count(c => c.Kind == kind);
}
