namespace TenantGraph.Store;

/// <summary>
/// The read statements whose column lists differ by dialect (PostgreSQL casts <c>jsonb</c> to text), supplied to
/// <see cref="SqlGraphStore"/>; it runs the others from <see cref="CommonSql"/>. Parameter names are the same in both
/// dialects: @instance, @run, @types, @from, @to.
/// </summary>
internal sealed record StoreSql(
    string SnapshotEntities,
    string SnapshotRelationships,
    string LeftEntities,
    string EnteredEntities,
    string LeftRelationships,
    string EnteredRelationships);
