using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Store.Postgres;

/// <summary>
/// Stages a run by binary COPY into its session's temp tables, then merges it into the history set-based in one
/// transaction (docs/store.md, "Loading a run").
/// </summary>
internal sealed class PostgresRunWriter : IRunWriter
{
    private const string UniqueViolation = "23505";

    private readonly PostgresDialect _dialect;
    private readonly NpgsqlConnection _connection;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly GraphObjectEncoder _encoder = new();
    private bool _finished;
    private bool _released;

    public PostgresRunWriter(PostgresDialect dialect, NpgsqlConnection connection, RunInfo run, ILogger logger,
        TimeProvider timeProvider)
    {
        _dialect = dialect;
        _connection = connection;
        Run = run;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    public RunInfo Run { get; private set; }

    public async Task WriteEntitiesAsync(IAsyncEnumerable<Entity> entities, CancellationToken cancellationToken)
    {
        ThrowIfFinished();
        await using var importer = await _connection.BeginBinaryImportAsync(PostgresSql.CopyEntities, cancellationToken);
        await foreach (var batch in EncodingPipeline.EncodeAsync(entities, _encoder.Encode, cancellationToken))
        {
            foreach (var encoded in batch)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(encoded.Key, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(encoded.Type, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(encoded.Classes, NpgsqlDbType.Jsonb, cancellationToken);
                await importer.WriteAsync(encoded.Properties, NpgsqlDbType.Jsonb, cancellationToken);
                await WriteNullableAsync(importer, encoded.RawData, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(encoded.Hash, NpgsqlDbType.Bytea, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    public async Task WriteRelationshipsAsync(IAsyncEnumerable<Relationship> relationships, CancellationToken cancellationToken)
    {
        ThrowIfFinished();
        await using var importer = await _connection.BeginBinaryImportAsync(PostgresSql.CopyRelationships, cancellationToken);
        await foreach (var batch in EncodingPipeline.EncodeAsync(relationships, _encoder.Encode, cancellationToken))
        {
            foreach (var encoded in batch)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(encoded.Key, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(encoded.Type, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(encoded.Class, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(importer, encoded.FromKey, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(importer, encoded.ToKey, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(importer, encoded.Mapping, NpgsqlDbType.Jsonb, cancellationToken);
                await importer.WriteAsync(encoded.Properties, NpgsqlDbType.Jsonb, cancellationToken);
                await importer.WriteAsync(encoded.Hash, NpgsqlDbType.Bytea, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
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

        try
        {
            await using var index = new NpgsqlCommand(PostgresSql.IndexStage, _connection);
            await index.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == UniqueViolation)
        {
            throw new InvalidDataException($"run {Run.Id} of {Run.Instance} received a _key twice", exception);
        }

        await using (var transaction = await _connection.BeginTransactionAsync(cancellationToken))
        {
            foreach (var sql in new[] { PostgresSql.CloseEntities, PostgresSql.OpenEntities, PostgresSql.CloseRelationships, PostgresSql.OpenRelationships })
            {
                await using var merge = new NpgsqlCommand(sql, _connection, transaction) { CommandTimeout = 0 };
                merge.Parameters.AddWithValue("instance", Run.Instance);
                merge.Parameters.AddWithValue("run", Run.Id);
                merge.Parameters.AddWithValue("partial", NpgsqlDbType.Array | NpgsqlDbType.Text, result.PartialTypes.ToArray());
                await merge.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var finish = _connection.Command(PostgresSql.FinishRun, transaction)
                             .With("run", Run.Id).With("instance", Run.Instance).With("status", status.ToWire())
                             .With("ended", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds())
                             .With("partial_json", RunRows.Types(result.PartialTypes)).With("steps", RunRows.Steps(result.Steps)))
            {
                await finish.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        _finished = true;
        await using (var read = _connection.Command(PostgresSql.RunById).With("run", Run.Id))
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
