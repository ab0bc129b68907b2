namespace TenantGraph.Store;

/// <summary>
/// The read, diff and retention statements a dialect supplies to <see cref="SqlGraphStore"/>. Parameter names are
/// the same in both dialects: @instance, @run, @types, @from, @to, @keep.
/// </summary>
internal sealed record StoreSql(
    string AllRuns,
    string InstanceRuns,
    string RunById,
    string LatestCompletedRun,
    string CompletedRunBefore,
    string CompletedRunIds,
    string SnapshotEntities,
    string SnapshotRelationships,
    string EntityCounts,
    string RelationshipCounts,
    string LeftEntities,
    string EnteredEntities,
    string LeftRelationships,
    string EnteredRelationships,
    string PruneEntities,
    string PruneRelationships,
    string PruneRuns);
