using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Store.Postgres;

/// <summary>
/// Writes a run by binary COPY (docs/store.md, "Loading a run"). An instance with current versions has its run
/// copied into its session's temp tables and merged into the history set-based in one transaction; an instance
/// without (its first run) has nothing to merge with, so its run is copied straight into the history tables in one
/// transaction that commits at completion.
/// </summary>
internal sealed class PostgresRunWriter : IRunWriter
{
    private const string UniqueViolation = "23505";

    private readonly PostgresDialect _dialect;
    private readonly NpgsqlConnection _connection;
    private readonly bool _direct;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly GraphObjectEncoder _encoder = new();
    private NpgsqlTransaction? _directTransaction;
    private long _entitiesWritten;
    private long _relationshipsWritten;
    private bool _finished;
    private bool _released;

    public PostgresRunWriter(PostgresDialect dialect, NpgsqlConnection connection, RunInfo run, bool direct, ILogger logger,
        TimeProvider timeProvider)
    {
        _dialect = dialect;
        _connection = connection;
        Run = run;
        _direct = direct;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    public RunInfo Run { get; private set; }

    public async Task WriteEntitiesAsync(IAsyncEnumerable<Entity> entities, CancellationToken cancellationToken)
    {
        ThrowIfFinished();
        var copy = _direct ? PostgresSql.CopyEntityVersions : PostgresSql.CopyEntities;
        _entitiesWritten += await CopyAsync(copy, "entity_versions", "entity", async importer =>
        {
            await foreach (var batch in EncodingPipeline.EncodeAsync(entities, _encoder.Encode, cancellationToken))
            {
                foreach (var encoded in batch)
                {
                    await StartRowAsync(importer, encoded.Key, cancellationToken);
                    await importer.WriteAsync(encoded.Type, NpgsqlDbType.Text, cancellationToken);
                    await importer.WriteAsync(encoded.Classes, NpgsqlDbType.Jsonb, cancellationToken);
                    await importer.WriteAsync(encoded.Properties, NpgsqlDbType.Jsonb, cancellationToken);
                    await WriteNullableAsync(importer, encoded.RawData, NpgsqlDbType.Text, cancellationToken);
                    await importer.WriteAsync(encoded.Hash, NpgsqlDbType.Bytea, cancellationToken);
                }
            }
        }, cancellationToken);
    }

    public async Task WriteRelationshipsAsync(IAsyncEnumerable<Relationship> relationships, CancellationToken cancellationToken)
    {
        ThrowIfFinished();
        var copy = _direct ? PostgresSql.CopyRelationshipVersions : PostgresSql.CopyRelationships;
        _relationshipsWritten += await CopyAsync(copy, "relationship_versions", "relationship", async importer =>
        {
            await foreach (var batch in EncodingPipeline.EncodeAsync(relationships, _encoder.Encode, cancellationToken))
            {
                foreach (var encoded in batch)
                {
                    await StartRowAsync(importer, encoded.Key, cancellationToken);
                    await importer.WriteAsync(encoded.Type, NpgsqlDbType.Text, cancellationToken);
                    await importer.WriteAsync(encoded.Class, NpgsqlDbType.Text, cancellationToken);
                    await WriteNullableAsync(importer, encoded.FromKey, NpgsqlDbType.Text, cancellationToken);
                    await WriteNullableAsync(importer, encoded.ToKey, NpgsqlDbType.Text, cancellationToken);
                    await WriteNullableAsync(importer, encoded.Mapping, NpgsqlDbType.Jsonb, cancellationToken);
                    await importer.WriteAsync(encoded.Properties, NpgsqlDbType.Jsonb, cancellationToken);
                    await importer.WriteAsync(encoded.Hash, NpgsqlDbType.Bytea, cancellationToken);
                }
            }
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

        NpgsqlTransaction transaction;
        if (_direct)
        {
            transaction = await DirectTransactionAsync(cancellationToken);
        }
        else
        {
            try
            {
                await using var index = new NpgsqlCommand(PostgresSql.IndexStage, _connection);
                await index.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException exception) when (exception.SqlState == UniqueViolation)
            {
                throw new InvalidDataException($"run {Run.Id} of {Run.Instance} received a _key twice", exception);
            }

            transaction = await _connection.BeginTransactionAsync(cancellationToken);
            foreach (var sql in new[] { PostgresSql.CloseEntities, PostgresSql.OpenEntities, PostgresSql.CloseRelationships, PostgresSql.OpenRelationships })
            {
                await using var merge = new NpgsqlCommand(sql, _connection, transaction) { CommandTimeout = 0 };
                merge.Parameters.AddWithValue("instance", Run.Instance);
                merge.Parameters.AddWithValue("run", Run.Id);
                merge.Parameters.AddWithValue("partial", NpgsqlDbType.Array | NpgsqlDbType.Text, result.PartialTypes.ToArray());
                await merge.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (transaction)
        {
            await using (var finish = _connection.Command(CommonSql.FinishRun, transaction)
                             .With("run", Run.Id).With("instance", Run.Instance).With("status", status.ToWire())
                             .With("ended", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds())
                             .With("partial_types", RunRows.Types(result.PartialTypes)).With("steps", RunRows.Steps(result.Steps))
                             .With("entities", _direct ? _entitiesWritten : null)
                             .With("relationships", _direct ? _relationshipsWritten : null))
            {
                await finish.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            _directTransaction = null;
        }

        _finished = true;
        await using (var read = _connection.Command(CommonSql.RunById).With("run", Run.Id))
        {
            Run = (await RunRows.ReadAllAsync(read, cancellationToken)).Single();
        }

        await ReleaseAsync(cancellationToken);
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
            catch (NpgsqlException exception)
            {
                // The row stays 'running'; closing the session frees the lock and the next open marks it failed.
                Log.RunFailed(_logger, Run.Id, Run.Instance, exception.Message);
            }
        }

        await ReleaseAsync(CancellationToken.None);
        _encoder.Dispose();
    }

    /// <summary>
    /// Runs one COPY and returns how many rows it copied. A direct run copies into the history
    /// <paramref name="table"/> in its one transaction, where the index of one current version per key refuses a
    /// second copy of a _key, which fails the run at once; when the table is empty, the run bulk-loads it and that
    /// index refuses the key as it is built.
    /// </summary>
    private async Task<long> CopyAsync(string copy, string table, string kind, Func<NpgsqlBinaryImporter, Task> writeRows,
        CancellationToken cancellationToken)
    {
        BulkLoad? bulk = null;
        if (_direct)
        {
            bulk = await PostgresBulkLoad.StartIfEmptyAsync(_connection, await DirectTransactionAsync(cancellationToken), table,
                cancellationToken);
            if (bulk is not null)
            {
                Log.BulkLoad(_logger, Run.Id, Run.Instance, table);
            }
        }

        try
        {
            ulong copied;
            await using (var importer = await _connection.BeginBinaryImportAsync(copy, cancellationToken))
            {
                await writeRows(importer);
                copied = await importer.CompleteAsync(cancellationToken);
            }

            if (bulk is not null)
            {
                await bulk.BuildIndexesAsync(cancellationToken);
            }

            return (long)copied;
        }
        catch (PostgresException exception) when (_direct && exception.SqlState == UniqueViolation)
        {
            var reason = $"run {Run.Id} of {Run.Instance} received the same {kind} _key twice";
            await FailAsync(reason, cancellationToken);
            throw new InvalidDataException(reason, exception);
        }
    }

    /// <summary>A direct run's transaction, begun at its first write; readers see none of it until it commits.</summary>
    private async Task<NpgsqlTransaction> DirectTransactionAsync(CancellationToken cancellationToken) =>
        _directTransaction ??= await _connection.BeginTransactionAsync(cancellationToken);

    /// <summary>Starts a row with its key, after the instance and run id when it goes straight into the history.</summary>
    private async Task StartRowAsync(NpgsqlBinaryImporter importer, string key, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        if (_direct)
        {
            await importer.WriteAsync(Run.Instance, NpgsqlDbType.Text, cancellationToken);
        }

        await importer.WriteAsync(key, NpgsqlDbType.Text, cancellationToken);
        if (_direct)
        {
            await importer.WriteAsync(Run.Id, NpgsqlDbType.Bigint, cancellationToken);
        }
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type,
        CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await importer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await importer.WriteAsync(value, type, cancellationToken);
        }
    }

    private async Task FailAsync(string reason, CancellationToken cancellationToken)
    {
        _finished = true;
        if (_directTransaction is not null)
        {
            // Nothing of a direct run was committed: rolling back removes every version it wrote.
            await _directTransaction.RollbackAsync(cancellationToken);
            await _directTransaction.DisposeAsync();
            _directTransaction = null;
        }

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
                await using var drop = _connection.Command(PostgresSql.DropStage);
                await drop.ExecuteNonQueryAsync(cancellationToken);
                await PostgresDialect.UnlockAsync(_connection, Run.Instance, cancellationToken);
            }
        }
        finally
        {
            await _connection.DisposeAsync();
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
