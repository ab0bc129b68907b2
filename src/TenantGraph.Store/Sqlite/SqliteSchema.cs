namespace TenantGraph.Store.Sqlite;

/// <summary>
/// The SQLite schema as numbered migrations (docs/store.md). A migration is applied once, in order, in the same
/// transaction as the <c>schema_version</c> update; never edit one that has shipped, add the next.
/// </summary>
internal static class SqliteSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: runs and the version history of entities and relationships.
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            instance TEXT NOT NULL,
            integration TEXT NOT NULL,
            started_on INTEGER NOT NULL,
            ended_on INTEGER,
            status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'partial', 'failed')),
            partial_types TEXT NOT NULL DEFAULT '[]',
            entity_count INTEGER NOT NULL DEFAULT 0,
            relationship_count INTEGER NOT NULL DEFAULT 0,
            step_results TEXT NOT NULL DEFAULT '[]',
            error TEXT
        );
        CREATE INDEX ix_runs_instance ON runs (instance, id);
        CREATE TABLE entity_versions (
            instance TEXT NOT NULL,
            key TEXT NOT NULL,
            valid_from_run INTEGER NOT NULL,
            valid_to_run INTEGER,
            type TEXT NOT NULL,
            classes TEXT NOT NULL,
            properties TEXT NOT NULL,
            raw_data TEXT,
            hash BLOB NOT NULL,
            PRIMARY KEY (instance, key, valid_from_run)
        );
        CREATE UNIQUE INDEX ux_entity_versions_current ON entity_versions (instance, key) WHERE valid_to_run IS NULL;
        CREATE TABLE relationship_versions (
            instance TEXT NOT NULL,
            key TEXT NOT NULL,
            valid_from_run INTEGER NOT NULL,
            valid_to_run INTEGER,
            type TEXT NOT NULL,
            class TEXT NOT NULL,
            from_key TEXT,
            to_key TEXT,
            mapping TEXT,
            properties TEXT NOT NULL,
            hash BLOB NOT NULL,
            PRIMARY KEY (instance, key, valid_from_run)
        );
        CREATE UNIQUE INDEX ux_relationship_versions_current ON relationship_versions (instance, key) WHERE valid_to_run IS NULL;
        """,

        // 2: indexes for queries (type, class, endpoints) and for diff and retention (run boundaries).
        """
        CREATE INDEX ix_entity_versions_type ON entity_versions (instance, type);
        CREATE INDEX ix_entity_versions_class ON entity_versions (instance, json_extract(classes, '$[0]'));
        CREATE INDEX ix_entity_versions_from_run ON entity_versions (instance, valid_from_run);
        CREATE INDEX ix_entity_versions_to_run ON entity_versions (instance, valid_to_run);
        CREATE INDEX ix_relationship_versions_type ON relationship_versions (instance, type);
        CREATE INDEX ix_relationship_versions_from_key ON relationship_versions (instance, from_key);
        CREATE INDEX ix_relationship_versions_to_key ON relationship_versions (instance, to_key);
        CREATE INDEX ix_relationship_versions_from_run ON relationship_versions (instance, valid_from_run);
        CREATE INDEX ix_relationship_versions_to_run ON relationship_versions (instance, valid_to_run);
        """,

        // 3: the run-boundary index on valid_to_run holds closed versions only. Every query on it bounds
        // valid_to_run, which implies it is not null, and leaving current versions out spares a run's every new
        // version one index insert.
        """
        DROP INDEX ix_entity_versions_to_run;
        CREATE INDEX ix_entity_versions_to_run ON entity_versions (instance, valid_to_run) WHERE valid_to_run IS NOT NULL;
        DROP INDEX ix_relationship_versions_to_run;
        CREATE INDEX ix_relationship_versions_to_run ON relationship_versions (instance, valid_to_run) WHERE valid_to_run IS NOT NULL;
        """,

        // 4: no primary key on the history tables. Current versions are found by key through their unique index,
        // closed ones through a partial index of their own, which a new version does not enter. The primary key
        // gave every version a second key-ordered entry, and it is the one index a first run's bulk load
        // (SqliteBulkLoad) could not drop and build again by sorting. SQLite drops a primary key only by copying the
        // table.
        """
        CREATE TABLE entity_versions_4 (
            instance TEXT NOT NULL,
            key TEXT NOT NULL,
            valid_from_run INTEGER NOT NULL,
            valid_to_run INTEGER,
            type TEXT NOT NULL,
            classes TEXT NOT NULL,
            properties TEXT NOT NULL,
            raw_data TEXT,
            hash BLOB NOT NULL
        );
        INSERT INTO entity_versions_4 SELECT instance, key, valid_from_run, valid_to_run, type, classes, properties, raw_data, hash
        FROM entity_versions;
        DROP TABLE entity_versions;
        ALTER TABLE entity_versions_4 RENAME TO entity_versions;
        CREATE UNIQUE INDEX ux_entity_versions_current ON entity_versions (instance, key) WHERE valid_to_run IS NULL;
        CREATE INDEX ix_entity_versions_closed_key ON entity_versions (instance, key) WHERE valid_to_run IS NOT NULL;
        CREATE INDEX ix_entity_versions_type ON entity_versions (instance, type);
        CREATE INDEX ix_entity_versions_class ON entity_versions (instance, json_extract(classes, '$[0]'));
        CREATE INDEX ix_entity_versions_from_run ON entity_versions (instance, valid_from_run);
        CREATE INDEX ix_entity_versions_to_run ON entity_versions (instance, valid_to_run) WHERE valid_to_run IS NOT NULL;
        CREATE TABLE relationship_versions_4 (
            instance TEXT NOT NULL,
            key TEXT NOT NULL,
            valid_from_run INTEGER NOT NULL,
            valid_to_run INTEGER,
            type TEXT NOT NULL,
            class TEXT NOT NULL,
            from_key TEXT,
            to_key TEXT,
            mapping TEXT,
            properties TEXT NOT NULL,
            hash BLOB NOT NULL
        );
        INSERT INTO relationship_versions_4 SELECT instance, key, valid_from_run, valid_to_run, type, class, from_key, to_key,
            mapping, properties, hash
        FROM relationship_versions;
        DROP TABLE relationship_versions;
        ALTER TABLE relationship_versions_4 RENAME TO relationship_versions;
        CREATE UNIQUE INDEX ux_relationship_versions_current ON relationship_versions (instance, key) WHERE valid_to_run IS NULL;
        CREATE INDEX ix_relationship_versions_closed_key ON relationship_versions (instance, key) WHERE valid_to_run IS NOT NULL;
        CREATE INDEX ix_relationship_versions_type ON relationship_versions (instance, type);
        CREATE INDEX ix_relationship_versions_from_key ON relationship_versions (instance, from_key);
        CREATE INDEX ix_relationship_versions_to_key ON relationship_versions (instance, to_key);
        CREATE INDEX ix_relationship_versions_from_run ON relationship_versions (instance, valid_from_run);
        CREATE INDEX ix_relationship_versions_to_run ON relationship_versions (instance, valid_to_run) WHERE valid_to_run IS NOT NULL;
        """,
    ];
}
