using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Store.Sqlite;

/// <summary>
/// Stages a run into temp tables of its own connection in large transactions through prepared statements, then
/// merges it into the history in one write transaction (docs/store.md, "Loading a run").
/// </summary>
internal sealed class SqliteRunWriter : IRunWriter
{
    private const int BatchSize = 100_000;
    private const int SqliteConstraint = 19;

    private readonly SqliteDialect _dialect;
    private readonly SqliteConnection _connection;
    private readonly SqliteRunLock _lock;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly GraphObjectEncoder _encoder = new();
    private bool _finished;
    private bool _released;

    private SqliteRunWriter(SqliteDialect dialect, SqliteConnection connection, SqliteRunLock runLock, RunInfo run,
        ILogger logger, TimeProvider timeProvider)
    {
        _dialect = dialect;
        _connection = connection;
        _lock = runLock;
        Run = run;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    public RunInfo Run { get; private set; }

    public static async Task<SqliteRunWriter> StartAsync(SqliteDialect dialect, SqliteConnection connection,
        SqliteRunLock runLock, RunInfo run, ILogger logger, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        await using var stage = connection.Command(SqliteSql.LoadPragmas + SqliteSql.CreateStage);
        await stage.ExecuteNonQueryAsync(cancellationToken);
        return new SqliteRunWriter(dialect, connection, runLock, run, logger, timeProvider);
    }

    public async Task WriteEntitiesAsync(IAsyncEnumerable<Entity> entities, CancellationToken cancellationToken)
    {
        ThrowIfFinished();
        using var command = (SqliteCommand)_connection.Command(SqliteSql.StageEntity);
        var key = command.Parameters.Add("@key", SqliteType.Text);
        var type = command.Parameters.Add("@type", SqliteType.Text);
        var classes = command.Parameters.Add("@classes", SqliteType.Text);
        var properties = command.Parameters.Add("@properties", SqliteType.Text);
        var raw = command.Parameters.Add("@raw", SqliteType.Text);
        var hash = command.Parameters.Add("@hash", SqliteType.Blob);
        var encoded = EncodingPipeline.EncodeAsync(entities, _encoder.Encode, cancellationToken);
        await StageAsync(encoded, command, entity =>
        {
            key.Value = entity.Key;
            type.Value = entity.Type;
            classes.Value = entity.Classes;
            properties.Value = entity.Properties;
            raw.Value = (object?)entity.RawData ?? DBNull.Value;
            hash.Value = entity.Hash;
        }, cancellationToken);
    }

    public async Task WriteRelationshipsAsync(IAsyncEnumerable<Relationship> relationships, CancellationToken cancellationToken)
    {
        ThrowIfFinished();
        using var command = (SqliteCommand)_connection.Command(SqliteSql.StageRelationship);
        var key = command.Parameters.Add("@key", SqliteType.Text);
        var type = command.Parameters.Add("@type", SqliteType.Text);
        var verb = command.Parameters.Add("@class", SqliteType.Text);
        var from = command.Parameters.Add("@from", SqliteType.Text);
        var to = command.Parameters.Add("@to", SqliteType.Text);
        var mapping = command.Parameters.Add("@mapping", SqliteType.Text);
        var properties = command.Parameters.Add("@properties", SqliteType.Text);
        var hash = command.Parameters.Add("@hash", SqliteType.Blob);
        var encoded = EncodingPipeline.EncodeAsync(relationships, _encoder.Encode, cancellationToken);
        await StageAsync(encoded, command, relationship =>
        {
            key.Value = relationship.Key;
            type.Value = relationship.Type;
            verb.Value = relationship.Class;
            from.Value = (object?)relationship.FromKey ?? DBNull.Value;
            to.Value = (object?)relationship.ToKey ?? DBNull.Value;
            mapping.Value = (object?)relationship.Mapping ?? DBNull.Value;
            properties.Value = relationship.Properties;
            hash.Value = relationship.Hash;
        }, cancellationToken);
    }

    public async Task<RunInfo> CompleteAsync(RunResult result, CancellationToken cancellationToken)
    {
        ThrowIfFinished();
        var status = RunRows.StatusOf(result);
        if (status == RunStatus.Failed)
        {
            await FailAsync("cancelled before every step finished", cancellationToken);
            return Run;
        }

        await IndexStageAsync(cancellationToken);
        var partial = RunRows.Types(result.PartialTypes);
        await using (var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken))
        {
            foreach (var sql in new[] { SqliteSql.CloseEntities, SqliteSql.OpenEntities, SqliteSql.CloseRelationships, SqliteSql.OpenRelationships })
            {
                await using var merge = _connection.Command(sql, transaction)
                    .With("instance", Run.Instance).With("run", Run.Id).With("partial", partial);
                await merge.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var finish = _connection.Command(SqliteSql.FinishRun, transaction)
                             .With("run", Run.Id).With("instance", Run.Instance).With("status", status.ToWire())
                             .With("ended", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds())
                             .With("partial", partial).With("steps", RunRows.Steps(result.Steps)))
            {
                await finish.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        _finished = true;
        await ReleaseAsync(cancellationToken);
        await using (var read = (await _dialect.OpenConnectionAsync(cancellationToken)))
        await using (var command = read.Command(SqliteSql.RunById).With("run", Run.Id))
        {
            Run = (await RunRows.ReadAllAsync(command, cancellationToken)).Single();
        }

        Log.RunCompleted(_logger, Run.Id, Run.Instance, Run.Status.ToWire(), Run.EntityCount, Run.RelationshipCount);
        return Run;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            try
            {
                await FailAsync("the writer was closed before the run completed", CancellationToken.None);
            }
            catch (SqliteException exception)
            {
                // The row stays 'running'; the next open finds the lock free and marks it failed.
                Log.RunFailed(_logger, Run.Id, Run.Instance, exception.Message);
            }
        }

        await ReleaseAsync(CancellationToken.None);
        _encoder.Dispose();
    }

    private async Task StageAsync<T>(IAsyncEnumerable<IReadOnlyList<T>> batches, SqliteCommand command, Action<T> bind,
        CancellationToken cancellationToken)
    {
        // Deferred: staging writes only the temp database, so other runs keep the main database's write lock.
        var transaction = _connection.BeginTransaction(deferred: true);
        command.Transaction = transaction;
        command.Prepare();
        var count = 0;
        try
        {
            await foreach (var batch in batches.WithCancellation(cancellationToken))
            {
                foreach (var item in batch)
                {
                    bind(item);
                    // Microsoft.Data.Sqlite's async calls run synchronously; the synchronous one skips a Task per row.
                    command.ExecuteNonQuery();
                }

                count += batch.Count;
                if (count >= BatchSize)
                {
                    count = 0;
                    transaction.Commit();
                    transaction.Dispose();
                    transaction = _connection.BeginTransaction(deferred: true);
                    command.Transaction = transaction;
                }
            }

            transaction.Commit();
        }
        finally
        {
            transaction.Dispose();
        }
    }

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

    private async Task FailAsync(string reason, CancellationToken cancellationToken)
    {
        _finished = true;
        await _dialect.FailRunAsync(_connection, Run.Id, reason, cancellationToken);
        Run = Run with { Status = RunStatus.Failed, EndedOn = _timeProvider.GetUtcNow(), Error = reason };
        Log.RunFailed(_logger, Run.Id, Run.Instance, reason);
        await ReleaseAsync(cancellationToken);
    }

    private async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        if (_released)
        {
            return;
        }

        _released = true;
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

    private void ThrowIfFinished()
    {
        if (_finished)
        {
            throw new InvalidOperationException($"run {Run.Id} of {Run.Instance} is already {Run.Status.ToWire()}");
        }
    }
}
