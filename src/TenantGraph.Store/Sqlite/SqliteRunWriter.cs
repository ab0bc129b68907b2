using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Store.Sqlite;

/// <summary>
/// Writes a run in large transactions through prepared statements (docs/store.md, "Loading a run"). An instance with
/// current versions has its run staged into temp tables of the run's own connection and merged into the history in
/// one write transaction; an instance without (its first run) has nothing to merge with, so its run goes straight
/// into the history tables in one write transaction that commits at completion, as a bulk load
/// (<see cref="SqliteBulkLoad"/>) when a table holds no version at all.
/// </summary>
internal sealed class SqliteRunWriter : SqlRunWriter
{
    private const int BatchSize = 100_000;
    private const int SqliteConstraint = 19;

    private static readonly HistoryTable EntityVersions = new("entity_versions", "entity");
    private static readonly HistoryTable RelationshipVersions = new("relationship_versions", "relationship");

    private readonly SqliteConnection _connection;
    private readonly SqliteRunLock _lock;

    private SqliteRunWriter(SqliteConnection connection, SqliteRunLock runLock, RunInfo run, bool direct, ILogger logger,
        TimeProvider timeProvider)
        : base(connection, run, direct, logger, timeProvider)
    {
        _connection = connection;
        _lock = runLock;
    }

    public static async Task<SqliteRunWriter> StartAsync(SqliteConnection connection,
        SqliteRunLock runLock, RunInfo run, ILogger logger, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        await using (var pragmas = connection.Command(SqliteSql.LoadPragmas))
        {
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }

        // We hold the instance's run lock, so no other writer can give it current versions before we complete.
        bool direct;
        await using (var current = connection.Command(CommonSql.HasCurrentVersions).With("instance", run.Instance))
        {
            direct = Convert.ToInt64(await current.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0;
        }

        if (!direct)
        {
            await using var stage = connection.Command(SqliteSql.CreateStage);
            await stage.ExecuteNonQueryAsync(cancellationToken);
        }

        Log.RunLoadPath(logger, run.Id, run.Instance, direct ? LoadPath.Direct : LoadPath.Staged);
        return new SqliteRunWriter(connection, runLock, run, direct, logger, timeProvider);
    }

    public override async Task WriteEntitiesAsync(IAsyncEnumerable<Entity> entities, CancellationToken cancellationToken)
    {
        ThrowIfFinished();
        var bulk = await StartBulkLoadAsync(EntityVersions, cancellationToken);
        using var insert = Inserter(SqliteSql.InsertEntity, SqliteSql.StageEntity);
        var (key, type, classes, properties, raw, hash) = (insert.Parameter("@key"), insert.Parameter("@type"),
            insert.Parameter("@classes"), insert.Parameter("@properties"), insert.Parameter("@raw"), insert.Parameter("@hash"));
        var encoded = EncodingPipeline.EncodeAsync(entities, Encoder.Encode, cancellationToken);
        EntitiesWritten += await WriteAsync(encoded, insert, entity =>
        {
            insert.Text(key, entity.Key);
            insert.Text(type, entity.Type);
            insert.Text(classes, entity.Classes);
            insert.Text(properties, entity.Properties);
            insert.Text(raw, entity.RawData);
            insert.Blob(hash, entity.Hash);
            return entity.Key;
        }, EntityVersions, bulk, cancellationToken);
    }

    public override async Task WriteRelationshipsAsync(IAsyncEnumerable<Relationship> relationships, CancellationToken cancellationToken)
    {
        ThrowIfFinished();
        var bulk = await StartBulkLoadAsync(RelationshipVersions, cancellationToken);
        using var insert = Inserter(SqliteSql.InsertRelationship, SqliteSql.StageRelationship);
        var (key, type, verb, from, to) = (insert.Parameter("@key"), insert.Parameter("@type"), insert.Parameter("@class"),
            insert.Parameter("@from"), insert.Parameter("@to"));
        var (mapping, properties, hash) = (insert.Parameter("@mapping"), insert.Parameter("@properties"), insert.Parameter("@hash"));
        var encoded = EncodingPipeline.EncodeAsync(relationships, Encoder.Encode, cancellationToken);
        RelationshipsWritten += await WriteAsync(encoded, insert, relationship =>
        {
            insert.Text(key, relationship.Key);
            insert.Text(type, relationship.Type);
            insert.Text(verb, relationship.Class);
            insert.Text(from, relationship.FromKey);
            insert.Text(to, relationship.ToKey);
            insert.Text(mapping, relationship.Mapping);
            insert.Text(properties, relationship.Properties);
            insert.Blob(hash, relationship.Hash);
            return relationship.Key;
        }, RelationshipVersions, bulk, cancellationToken);
    }

    protected override Task<DbTransaction> BeginDirectTransactionAsync(CancellationToken cancellationToken) =>
        Task.FromResult(BeginDirectTransaction());

    protected override async Task<DbTransaction> MergeAsync(RunResult result, CancellationToken cancellationToken)
    {
        await IndexStageAsync(cancellationToken);
        var partial = RunRows.Types(result.PartialTypes);
        var transaction = _connection.BeginTransaction(deferred: false);
        foreach (var sql in new[] { SqliteSql.CloseEntities, SqliteSql.OpenEntities, SqliteSql.CloseRelationships, SqliteSql.OpenRelationships })
        {
            await using var merge = _connection.Command(sql, transaction)
                .With("instance", Run.Instance).With("run", Run.Id).With("partial", partial);
            await merge.ExecuteNonQueryAsync(cancellationToken);
        }

        return transaction;
    }

    protected override async Task ReleaseConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_connection.State == System.Data.ConnectionState.Open)
            {
                await using var drop = _connection.Command(SqliteSql.DropStage);
                await drop.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await _connection.DisposeAsync();
            _lock.Dispose();
        }
    }

    /// <summary>The direct run's INSERT into the history, its instance and run bound once, or the staging INSERT.</summary>
    private SqliteRowInserter Inserter(string direct, string staged)
    {
        var insert = new SqliteRowInserter(_connection, Direct ? direct : staged);
        if (Direct)
        {
            insert.Text(insert.Parameter("@instance"), Run.Instance);
            insert.Integer(insert.Parameter("@run"), Run.Id);
        }

        return insert;
    }

    private Task<BulkLoad?> StartBulkLoadAsync(HistoryTable table, CancellationToken cancellationToken) =>
        StartBulkLoadAsync(table.Name,
            transaction => SqliteBulkLoad.StartIfEmptyAsync(_connection, transaction, table.Name, cancellationToken),
            cancellationToken);

    /// <summary>
    /// Binds and inserts every object (<paramref name="bind"/> returns its key) and returns how many. A direct run
    /// inserts in its one write transaction, where the index of one current version per key refuses a second copy
    /// of a _key at once, which fails the run; a bulk load finds it when that index is built. Staging commits every
    /// <see cref="BatchSize"/> rows; it writes only the temp database, so its deferred transactions leave the main
    /// database's write lock to other runs.
    /// </summary>
    private async Task<long> WriteAsync<T>(IAsyncEnumerable<IReadOnlyList<T>> batches, SqliteRowInserter insert, Func<T, string> bind,
        HistoryTable table, BulkLoad? bulk, CancellationToken cancellationToken)
    {
        var transaction = Direct ? BeginDirectTransaction() : _connection.BeginTransaction(deferred: true);
        var count = 0;
        var written = 0L;
        string? duplicate = null;
        try
        {
            await foreach (var batch in batches.WithCancellation(cancellationToken))
            {
                foreach (var item in batch)
                {
                    var key = bind(item);
                    if (!insert.TryInsert())
                    {
                        duplicate = key;
                        break;
                    }
                }

                if (duplicate is not null)
                {
                    break;
                }

                count += batch.Count;
                written += batch.Count;
                if (!Direct && count >= BatchSize)
                {
                    count = 0;
                    transaction.Commit();
                    transaction.Dispose();
                    transaction = _connection.BeginTransaction(deferred: true);
                }
            }

            if (!Direct)
            {
                transaction.Commit();
            }
        }
        finally
        {
            if (!Direct)
            {
                transaction.Dispose();
            }
        }

        if (duplicate is null && bulk is not null)
        {
            duplicate = await BuildIndexesAsync(bulk, table, cancellationToken);
        }

        if (duplicate is not null)
        {
            var reason = $"run {Run.Id} of {Run.Instance} received {table.Kind} _key {duplicate} twice";
            // Finalize the statement before failing the run closes the connection.
            insert.Dispose();
            await FailAsync(reason, cancellationToken);
            throw new InvalidDataException(reason);
        }

        return written;
    }

    /// <summary>Builds a bulk-loaded table's indexes; the key the run wrote twice when a unique index refuses it.</summary>
    private async Task<string?> BuildIndexesAsync(BulkLoad bulk, HistoryTable table, CancellationToken cancellationToken)
    {
        try
        {
            await bulk.BuildIndexesAsync(cancellationToken);
            return null;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteConstraint)
        {
            await using var find = _connection.Command(SqliteSql.DuplicateVersion(table.Name), DirectTransaction)
                .With("instance", Run.Instance).With("run", Run.Id);
            return Convert.ToString(await find.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// The write transaction of a direct run, begun at its first write. BEGIN IMMEDIATE waits for another run's
    /// merge or direct load to commit; from then on, other runs' merges wait for this one.
    /// </summary>
    private DbTransaction BeginDirectTransaction() => DirectTransaction ??= _connection.BeginTransaction(deferred: false);

    /// <summary>
    /// Indexes the staged keys. Building a unique index once from the finished table is a sort; keeping one while
    /// staging was a B-tree insert at a random place per row. A key staged twice fails the index, and so the run.
    /// </summary>
    private async Task IndexStageAsync(CancellationToken cancellationToken)
    {
        foreach (var (index, duplicate, kind) in new[]
                 {
                     (SqliteSql.IndexStageEntities, SqliteSql.DuplicateStagedEntity, "entity"),
                     (SqliteSql.IndexStageRelationships, SqliteSql.DuplicateStagedRelationship, "relationship"),
                 })
        {
            try
            {
                await using var command = _connection.Command(index);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteConstraint)
            {
                await using var find = _connection.Command(duplicate);
                var key = await find.ExecuteScalarAsync(cancellationToken);
                throw new InvalidDataException($"run {Run.Id} of {Run.Instance} received {kind} _key {key} twice", exception);
            }
        }
    }

    /// <summary>A history table as a run writes it: its name and what it holds.</summary>
    private sealed record HistoryTable(string Name, string Kind);
}
