namespace TenantGraph.Store.Sqlite;

/// <summary>
/// The statements of the SQLite store that are its own (the rest: <see cref="CommonSql"/>). Values are always
/// parameters.
/// </summary>
internal static class SqliteSql
{
    // The page size takes effect only on a new file, before WAL mode is set: 16 KiB pages make a bulk load's B-tree
    // inserts about 15% cheaper than the default 4 KiB. An existing store keeps its page size.
    public const string Pragmas =
        "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF;";

    // Large page caches for the main and temp databases: staging and merging a run is the hot path. Helper threads
    // let the sorts that build indexes (a bulk load's, the staging key index) use the cores the encoding has left.
    public static readonly string LoadPragmas =
        "PRAGMA main.cache_size = -262144; PRAGMA temp.cache_size = -262144; " +
        $"PRAGMA threads = {Math.Min(Environment.ProcessorCount, 4)};";

    public const string SchemaVersionTableExists =
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";

    public const string CreateSchemaVersion = "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (0);";

    // Every index the schema declared on a table, with the statement that creates it (automatic indexes have none).
    public const string IndexesOf =
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = @table AND sql IS NOT NULL ORDER BY name";

    // A bulk-loaded run whose unique index could not be built: one key it holds twice in a history table.
    public static string DuplicateVersion(string table) =>
        $"SELECT key FROM {table} WHERE instance = @instance AND valid_from_run = @run " +
        "GROUP BY key HAVING count(*) > 1 LIMIT 1";

    public const string InsertEntity =
        """
        INSERT INTO entity_versions (instance, key, valid_from_run, type, classes, properties, raw_data, hash)
        VALUES (@instance, @key, @run, @type, @classes, @properties, @raw, @hash)
        """;

    public const string InsertRelationship =
        """
        INSERT INTO relationship_versions (instance, key, valid_from_run, type, class, from_key, to_key, mapping, properties, hash)
        VALUES (@instance, @key, @run, @type, @class, @from, @to, @mapping, @properties, @hash)
        """;

    public const string CreateStage =
        """
        DROP TABLE IF EXISTS temp.stage_entities;
        DROP TABLE IF EXISTS temp.stage_relationships;
        CREATE TEMP TABLE stage_entities (
            key TEXT NOT NULL, type TEXT NOT NULL, classes TEXT NOT NULL, properties TEXT NOT NULL,
            raw_data TEXT, hash BLOB NOT NULL);
        CREATE TEMP TABLE stage_relationships (
            key TEXT NOT NULL, type TEXT NOT NULL, class TEXT NOT NULL, from_key TEXT, to_key TEXT,
            mapping TEXT, properties TEXT NOT NULL, hash BLOB NOT NULL);
        """;

    // Built once staging is done (SqliteRunWriter.IndexStageAsync): refuses a key staged twice and serves the merge.
    public const string IndexStageEntities = "CREATE UNIQUE INDEX temp.ux_stage_entities ON stage_entities (key)";

    public const string IndexStageRelationships = "CREATE UNIQUE INDEX temp.ux_stage_relationships ON stage_relationships (key)";

    public const string DuplicateStagedEntity = "SELECT key FROM temp.stage_entities GROUP BY key HAVING count(*) > 1 LIMIT 1";

    public const string DuplicateStagedRelationship = "SELECT key FROM temp.stage_relationships GROUP BY key HAVING count(*) > 1 LIMIT 1";

    public const string DropStage = "DROP TABLE IF EXISTS temp.stage_entities; DROP TABLE IF EXISTS temp.stage_relationships;";

    public const string StageEntity =
        "INSERT INTO temp.stage_entities VALUES (@key, @type, @classes, @properties, @raw, @hash)";

    public const string StageRelationship =
        "INSERT INTO temp.stage_relationships VALUES (@key, @type, @class, @from, @to, @mapping, @properties, @hash)";

    // Merge (docs/store.md): close current versions that changed, or vanished and are not of a partial type;
    // then insert a version for every staged object without an open one. Unchanged objects are not touched.
    public const string CloseEntities =
        """
        UPDATE entity_versions SET valid_to_run = @run
        WHERE instance = @instance AND valid_to_run IS NULL
          AND NOT EXISTS (SELECT 1 FROM temp.stage_entities s WHERE s.key = entity_versions.key AND s.hash = entity_versions.hash)
          AND (type NOT IN (SELECT value FROM json_each(@partial))
               OR EXISTS (SELECT 1 FROM temp.stage_entities s WHERE s.key = entity_versions.key))
        """;

    public const string OpenEntities =
        """
        INSERT INTO entity_versions (instance, key, valid_from_run, type, classes, properties, raw_data, hash)
        SELECT @instance, s.key, @run, s.type, s.classes, s.properties, s.raw_data, s.hash
        FROM temp.stage_entities s
        WHERE NOT EXISTS (SELECT 1 FROM entity_versions v WHERE v.instance = @instance AND v.key = s.key AND v.valid_to_run IS NULL)
        ORDER BY s.key
        """;

    public const string CloseRelationships =
        """
        UPDATE relationship_versions SET valid_to_run = @run
        WHERE instance = @instance AND valid_to_run IS NULL
          AND NOT EXISTS (SELECT 1 FROM temp.stage_relationships s WHERE s.key = relationship_versions.key AND s.hash = relationship_versions.hash)
          AND (type NOT IN (SELECT value FROM json_each(@partial))
               OR EXISTS (SELECT 1 FROM temp.stage_relationships s WHERE s.key = relationship_versions.key))
        """;

    public const string OpenRelationships =
        """
        INSERT INTO relationship_versions (instance, key, valid_from_run, type, class, from_key, to_key, mapping, properties, hash)
        SELECT @instance, s.key, @run, s.type, s.class, s.from_key, s.to_key, s.mapping, s.properties, s.hash
        FROM temp.stage_relationships s
        WHERE NOT EXISTS (SELECT 1 FROM relationship_versions v WHERE v.instance = @instance AND v.key = s.key AND v.valid_to_run IS NULL)
        ORDER BY s.key
        """;

    private const string TypeFilter = " AND (@types IS NULL OR type IN (SELECT value FROM json_each(@types)))";

    public const string SnapshotEntities =
        "SELECT key, type, classes, properties, raw_data FROM entity_versions WHERE " + CommonSql.InSnapshot + TypeFilter + " ORDER BY key";

    public const string SnapshotRelationships =
        "SELECT key, type, class, from_key, to_key, mapping, properties FROM relationship_versions WHERE " + CommonSql.InSnapshot + TypeFilter + " ORDER BY key";

    public const string LeftEntities = "SELECT key, type, classes, properties, raw_data, hash FROM entity_versions WHERE " + CommonSql.Left;

    public const string EnteredEntities = "SELECT key, type, classes, properties, raw_data, hash FROM entity_versions WHERE " + CommonSql.Entered;

    public const string LeftRelationships =
        "SELECT key, type, class, from_key, to_key, mapping, properties, hash FROM relationship_versions WHERE " + CommonSql.Left;

    public const string EnteredRelationships =
        "SELECT key, type, class, from_key, to_key, mapping, properties, hash FROM relationship_versions WHERE " + CommonSql.Entered;

    public static readonly StoreSql Queries = new(
        SnapshotEntities, SnapshotRelationships, LeftEntities, EnteredEntities, LeftRelationships, EnteredRelationships);
}
