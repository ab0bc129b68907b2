namespace TenantGraph.Store;

/// <summary>How many objects of each <c>_type</c> a run's snapshot holds, sorted by type.</summary>
public sealed record SnapshotCounts(
    long RunId,
    IReadOnlyDictionary<string, long> Entities,
    IReadOnlyDictionary<string, long> Relationships);
