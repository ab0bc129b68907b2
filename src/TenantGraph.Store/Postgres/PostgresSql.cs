namespace TenantGraph.Store.Postgres;

/// <summary>
/// The statements of the PostgreSQL store that are its own (the rest: <see cref="CommonSql"/>). Values are always
/// parameters.
/// </summary>
internal static class PostgresSql
{
    // Serialises migrations of one schema between processes; released at commit.
    public const string LockSchema = "SELECT pg_advisory_xact_lock(hashtextextended('tenantgraph-schema:' || current_schema(), 0))";

    public const string CreateSchemaVersion =
        """
        CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL);
        INSERT INTO schema_version SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version);
        """;

    // A session lock per (schema, instance) marks who writes the instance's run; the server drops it when the
    // writer's connection ends, however the writer died.
    public const string TryLockInstance = "SELECT pg_try_advisory_lock(hashtextextended(current_schema() || ':' || @instance, 0))";

    public const string UnlockInstance = "SELECT pg_advisory_unlock(hashtextextended(current_schema() || ':' || @instance, 0))";

    // A bulk load (PostgresBulkLoad) takes a table no other session is using, without waiting.
    public static string LockTableAlone(string table) => $"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE NOWAIT";

    // Every index on a table of the current schema, with the statement that creates it.
    public const string IndexesOf =
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = @table ORDER BY indexname";

    public const string CopyEntityVersions =
        "COPY entity_versions (instance, key, valid_from_run, type, classes, properties, raw_data, hash) FROM STDIN (FORMAT BINARY)";

    public const string CopyRelationshipVersions =
        "COPY relationship_versions (instance, key, valid_from_run, type, class, from_key, to_key, mapping, properties, hash) FROM STDIN (FORMAT BINARY)";

    // Temp tables belong to the run's session: nobody else sees them, and they vanish if it dies.
    public const string CreateStage =
        """
        DROP TABLE IF EXISTS pg_temp.stage_entities;
        DROP TABLE IF EXISTS pg_temp.stage_relationships;
        CREATE TEMP TABLE stage_entities (
            key text COLLATE "C" NOT NULL, type text NOT NULL, classes jsonb NOT NULL, properties jsonb NOT NULL,
            raw_data text, hash bytea NOT NULL);
        CREATE TEMP TABLE stage_relationships (
            key text COLLATE "C" NOT NULL, type text NOT NULL, class text NOT NULL, from_key text COLLATE "C",
            to_key text COLLATE "C", mapping jsonb, properties jsonb NOT NULL, hash bytea NOT NULL);
        """;

    public const string DropStage = "DROP TABLE IF EXISTS pg_temp.stage_entities; DROP TABLE IF EXISTS pg_temp.stage_relationships;";

    public const string CopyEntities =
        "COPY pg_temp.stage_entities (key, type, classes, properties, raw_data, hash) FROM STDIN (FORMAT BINARY)";

    public const string CopyRelationships =
        "COPY pg_temp.stage_relationships (key, type, class, from_key, to_key, mapping, properties, hash) FROM STDIN (FORMAT BINARY)";

    // The unique index both refuses a _key staged twice and serves the merge's lookups; temp tables are never
    // auto-analysed, so the planner needs ANALYZE to choose hash joins for large runs.
    public const string IndexStage =
        """
        CREATE UNIQUE INDEX ux_stage_entities ON pg_temp.stage_entities (key);
        CREATE UNIQUE INDEX ux_stage_relationships ON pg_temp.stage_relationships (key);
        ANALYZE pg_temp.stage_entities;
        ANALYZE pg_temp.stage_relationships;
        """;

    // Merge (docs/store.md): close current versions that changed, or vanished and are not of a partial type;
    // then insert a version for every staged object without an open one. Unchanged objects are not touched.
    public const string CloseEntities =
        """
        UPDATE entity_versions v SET valid_to_run = @run
        WHERE v.instance = @instance AND v.valid_to_run IS NULL
          AND NOT EXISTS (SELECT 1 FROM pg_temp.stage_entities s WHERE s.key = v.key AND s.hash = v.hash)
          AND (v.type <> ALL(@partial) OR EXISTS (SELECT 1 FROM pg_temp.stage_entities s WHERE s.key = v.key))
        """;

    public const string OpenEntities =
        """
        INSERT INTO entity_versions (instance, key, valid_from_run, type, classes, properties, raw_data, hash)
        SELECT @instance, s.key, @run, s.type, s.classes, s.properties, s.raw_data, s.hash
        FROM pg_temp.stage_entities s
        WHERE NOT EXISTS (SELECT 1 FROM entity_versions v WHERE v.instance = @instance AND v.key = s.key AND v.valid_to_run IS NULL)
        ORDER BY s.key
        """;

    public const string CloseRelationships =
        """
        UPDATE relationship_versions v SET valid_to_run = @run
        WHERE v.instance = @instance AND v.valid_to_run IS NULL
          AND NOT EXISTS (SELECT 1 FROM pg_temp.stage_relationships s WHERE s.key = v.key AND s.hash = v.hash)
          AND (v.type <> ALL(@partial) OR EXISTS (SELECT 1 FROM pg_temp.stage_relationships s WHERE s.key = v.key))
        """;

    public const string OpenRelationships =
        """
        INSERT INTO relationship_versions (instance, key, valid_from_run, type, class, from_key, to_key, mapping, properties, hash)
        SELECT @instance, s.key, @run, s.type, s.class, s.from_key, s.to_key, s.mapping, s.properties, s.hash
        FROM pg_temp.stage_relationships s
        WHERE NOT EXISTS (SELECT 1 FROM relationship_versions v WHERE v.instance = @instance AND v.key = s.key AND v.valid_to_run IS NULL)
        ORDER BY s.key
        """;

    private const string TypeFilter = " AND (@types::text[] IS NULL OR type = ANY(@types::text[]))";

    public const string SnapshotEntities =
        "SELECT key, type, classes::text, properties::text, raw_data FROM entity_versions WHERE " + CommonSql.InSnapshot + TypeFilter + " ORDER BY key";

    public const string SnapshotRelationships =
        "SELECT key, type, class, from_key, to_key, mapping::text, properties::text FROM relationship_versions WHERE " + CommonSql.InSnapshot + TypeFilter + " ORDER BY key";

    public const string LeftEntities =
        "SELECT key, type, classes::text, properties::text, raw_data, hash FROM entity_versions WHERE " + CommonSql.Left;

    public const string EnteredEntities =
        "SELECT key, type, classes::text, properties::text, raw_data, hash FROM entity_versions WHERE " + CommonSql.Entered;

    public const string LeftRelationships =
        "SELECT key, type, class, from_key, to_key, mapping::text, properties::text, hash FROM relationship_versions WHERE " + CommonSql.Left;

    public const string EnteredRelationships =
        "SELECT key, type, class, from_key, to_key, mapping::text, properties::text, hash FROM relationship_versions WHERE " + CommonSql.Entered;

    public static readonly StoreSql Queries = new(
        SnapshotEntities, SnapshotRelationships, LeftEntities, EnteredEntities, LeftRelationships, EnteredRelationships);
}
