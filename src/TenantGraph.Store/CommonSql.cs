namespace TenantGraph.Store;

/// <summary>
/// The statements both dialects run as written: the schema version, the runs table, snapshot counts, retention, and
/// the probes of the history tables. Values are always parameters; each dialect's own statements are in
/// <see cref="Sqlite.SqliteSql"/> and <see cref="Postgres.PostgresSql"/>.
/// </summary>
internal static class CommonSql
{
    public const string ReadSchemaVersion = "SELECT version FROM schema_version";

    public const string WriteSchemaVersion = "UPDATE schema_version SET version = @version";

    private const string SelectRuns = "SELECT " + RunRows.Columns + " FROM runs";

    public const string AllRuns = SelectRuns + " ORDER BY id DESC";

    public const string InstanceRuns = SelectRuns + " WHERE instance = @instance ORDER BY id DESC";

    public const string RunById = SelectRuns + " WHERE id = @run";

    public const string RunningRuns = SelectRuns + " WHERE status = 'running' ORDER BY id";

    public const string RunningRunOfInstance = SelectRuns + " WHERE instance = @instance AND status = 'running' ORDER BY id DESC LIMIT 1";

    public const string LatestCompletedRun =
        SelectRuns + " WHERE instance = @instance AND status IN ('succeeded', 'partial') ORDER BY id DESC LIMIT 1";

    public const string CompletedRunBefore =
        SelectRuns + " WHERE instance = @instance AND status IN ('succeeded', 'partial') AND id < @run ORDER BY id DESC LIMIT 1";

    public const string CompletedRunIds =
        "SELECT id FROM runs WHERE instance = @instance AND status IN ('succeeded', 'partial') ORDER BY id DESC";

    public const string InsertRun =
        "INSERT INTO runs (instance, integration, started_on, status) VALUES (@instance, @integration, @started, 'running') RETURNING id";

    public const string FailRun =
        "UPDATE runs SET status = 'failed', ended_on = @ended, error = @error WHERE id = @run AND status = 'running'";

    // A direct run knows its counts (@entities, @relationships: every version it wrote is current); a merged run's
    // are counted.
    public const string FinishRun =
        """
        UPDATE runs SET status = @status, ended_on = @ended, partial_types = @partial_types, step_results = @steps,
            entity_count = coalesce(CAST(@entities AS bigint),
                (SELECT count(*) FROM entity_versions WHERE instance = @instance AND valid_to_run IS NULL)),
            relationship_count = coalesce(CAST(@relationships AS bigint),
                (SELECT count(*) FROM relationship_versions WHERE instance = @instance AND valid_to_run IS NULL))
        WHERE id = @run
        """;

    // An instance without current versions has nothing to merge with: its run goes straight into the history.
    public const string HasCurrentVersions =
        """
        SELECT EXISTS (SELECT 1 FROM entity_versions WHERE instance = @instance AND valid_to_run IS NULL)
            OR EXISTS (SELECT 1 FROM relationship_versions WHERE instance = @instance AND valid_to_run IS NULL)
        """;

    // A bulk load (BulkLoad) starts on a table without a single row, of any instance.
    public static string TableIsEmpty(string table) => $"SELECT NOT EXISTS (SELECT 1 FROM {table})";

    public static string DropIndex(string name) => $"DROP INDEX \"{name}\"";

    // The versions in the snapshot of run @run of an instance (docs/store.md, "Snapshots").
    public const string InSnapshot = "instance = @instance AND valid_from_run <= @run AND (valid_to_run IS NULL OR valid_to_run > @run)";

    // Diff between runs @from < @to of one instance: versions in @from's snapshot but not @to's ("left"), and in
    // @to's but not @from's ("entered"). Both are ranges on the run-boundary indexes.
    public const string Left = "instance = @instance AND valid_from_run <= @from AND valid_to_run > @from AND valid_to_run <= @to";

    public const string Entered = "instance = @instance AND valid_from_run > @from AND valid_from_run <= @to AND (valid_to_run IS NULL OR valid_to_run > @to)";

    public const string EntityCounts =
        "SELECT type, count(*) FROM entity_versions WHERE " + InSnapshot + " GROUP BY type ORDER BY type";

    public const string RelationshipCounts =
        "SELECT type, count(*) FROM relationship_versions WHERE " + InSnapshot + " GROUP BY type ORDER BY type";

    // Retention: a version closed at or before the oldest kept run is visible only in pruned snapshots.
    public const string PruneEntities = "DELETE FROM entity_versions WHERE instance = @instance AND valid_to_run <= @keep";

    public const string PruneRelationships = "DELETE FROM relationship_versions WHERE instance = @instance AND valid_to_run <= @keep";

    public const string PruneRuns = "DELETE FROM runs WHERE instance = @instance AND id < @keep AND status <> 'running' RETURNING id";
}
