namespace TenantGraph.Store.Postgres;

/// <summary>
/// The PostgreSQL schema as numbered migrations, matching <see cref="Sqlite.SqliteSchema"/> table for table
/// (docs/store.md). Tables go into the connection's current schema. Never edit a shipped migration; add the next.
/// </summary>
internal static class PostgresSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: runs and the version history of entities and relationships. Keys sort bytewise (COLLATE "C"),
        // as in SQLite, and compare faster.
        """
        CREATE TABLE runs (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            instance text NOT NULL,
            integration text NOT NULL,
            started_on bigint NOT NULL,
            ended_on bigint,
            status text NOT NULL CHECK (status IN ('running', 'succeeded', 'partial', 'failed')),
            partial_types text NOT NULL DEFAULT '[]',
            entity_count bigint NOT NULL DEFAULT 0,
            relationship_count bigint NOT NULL DEFAULT 0,
            step_results text NOT NULL DEFAULT '[]',
            error text
        );
        CREATE INDEX ix_runs_instance ON runs (instance, id);
        CREATE TABLE entity_versions (
            instance text NOT NULL,
            key text COLLATE "C" NOT NULL,
            valid_from_run bigint NOT NULL,
            valid_to_run bigint,
            type text NOT NULL,
            classes jsonb NOT NULL,
            properties jsonb NOT NULL,
            raw_data text,
            hash bytea NOT NULL,
            PRIMARY KEY (instance, key, valid_from_run)
        );
        CREATE UNIQUE INDEX ux_entity_versions_current ON entity_versions (instance, key) WHERE valid_to_run IS NULL;
        CREATE TABLE relationship_versions (
            instance text NOT NULL,
            key text COLLATE "C" NOT NULL,
            valid_from_run bigint NOT NULL,
            valid_to_run bigint,
            type text NOT NULL,
            class text NOT NULL,
            from_key text COLLATE "C",
            to_key text COLLATE "C",
            mapping jsonb,
            properties jsonb NOT NULL,
            hash bytea NOT NULL,
            PRIMARY KEY (instance, key, valid_from_run)
        );
        CREATE UNIQUE INDEX ux_relationship_versions_current ON relationship_versions (instance, key) WHERE valid_to_run IS NULL;
        """,

        // 2: indexes for queries (type, class, endpoints) and for diff and retention (run boundaries).
        """
        CREATE INDEX ix_entity_versions_type ON entity_versions (instance, type);
        CREATE INDEX ix_entity_versions_class ON entity_versions USING gin (classes jsonb_path_ops);
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
        // gave every version a second key-ordered entry (see the SQLite schema's migration 4). The instance, type
        // and class columns, which lead most indexes, compare bytewise like the keys: under a database's libc
        // collation every unequal comparison goes through strcoll, which made building the type index about a
        // third slower.
        """
        ALTER TABLE entity_versions DROP CONSTRAINT entity_versions_pkey;
        ALTER TABLE relationship_versions DROP CONSTRAINT relationship_versions_pkey;
        ALTER TABLE entity_versions ALTER COLUMN instance TYPE text COLLATE "C", ALTER COLUMN type TYPE text COLLATE "C";
        ALTER TABLE relationship_versions ALTER COLUMN instance TYPE text COLLATE "C", ALTER COLUMN type TYPE text COLLATE "C",
            ALTER COLUMN class TYPE text COLLATE "C";
        CREATE INDEX ix_entity_versions_closed_key ON entity_versions (instance, key) WHERE valid_to_run IS NOT NULL;
        CREATE INDEX ix_relationship_versions_closed_key ON relationship_versions (instance, key) WHERE valid_to_run IS NOT NULL;
        """,
    ];
}
