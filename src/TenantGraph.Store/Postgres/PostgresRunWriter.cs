using System.Data.Common;
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
/// transaction that commits at completion, as a bulk load (<see cref="PostgresBulkLoad"/>) when a table holds no
/// version at all and no other session uses it.
/// </summary>
internal sealed class PostgresRunWriter : SqlRunWriter
{
    private const string UniqueViolation = "23505";

    private readonly NpgsqlConnection _connection;

    public PostgresRunWriter(NpgsqlConnection connection, RunInfo run, bool direct, ILogger logger, TimeProvider timeProvider)
        : base(connection, run, direct, logger, timeProvider)
    {
        _connection = connection;
    }

    public override async Task WriteEntitiesAsync(IAsyncEnumerable<Entity> entities, CancellationToken cancellationToken)
    {
        ThrowIfFinished();
        var copy = Direct ? PostgresSql.CopyEntityVersions : PostgresSql.CopyEntities;
        EntitiesWritten += await CopyAsync(copy, "entity_versions", "entity", async importer =>
        {
            await foreach (var batch in EncodingPipeline.EncodeAsync(entities, Encoder.Encode, cancellationToken))
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

    public override async Task WriteRelationshipsAsync(IAsyncEnumerable<Relationship> relationships, CancellationToken cancellationToken)
    {
        ThrowIfFinished();
        var copy = Direct ? PostgresSql.CopyRelationshipVersions : PostgresSql.CopyRelationships;
        RelationshipsWritten += await CopyAsync(copy, "relationship_versions", "relationship", async importer =>
        {
            await foreach (var batch in EncodingPipeline.EncodeAsync(relationships, Encoder.Encode, cancellationToken))
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

    protected override async Task<DbTransaction> BeginDirectTransactionAsync(CancellationToken cancellationToken) =>
        DirectTransaction ??= await _connection.BeginTransactionAsync(cancellationToken);

    protected override async Task<DbTransaction> MergeAsync(RunResult result, CancellationToken cancellationToken)
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

        var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        foreach (var sql in new[] { PostgresSql.CloseEntities, PostgresSql.OpenEntities, PostgresSql.CloseRelationships, PostgresSql.OpenRelationships })
        {
            await using var merge = new NpgsqlCommand(sql, _connection, transaction) { CommandTimeout = 0 };
            merge.Parameters.AddWithValue("instance", Run.Instance);
            merge.Parameters.AddWithValue("run", Run.Id);
            merge.Parameters.AddWithValue("partial", NpgsqlDbType.Array | NpgsqlDbType.Text, result.PartialTypes.ToArray());
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

    /// <summary>
    /// Runs one COPY and returns how many rows it copied. A direct run copies into the history
    /// <paramref name="table"/> in its one transaction, where the index of one current version per key refuses a
    /// second copy of a _key, which fails the run at once; when the table is empty, the run bulk-loads it and that
    /// index refuses the key as it is built.
    /// </summary>
    private async Task<long> CopyAsync(string copy, string table, string kind, Func<NpgsqlBinaryImporter, Task> writeRows,
        CancellationToken cancellationToken)
    {
        var bulk = await StartBulkLoadAsync(table,
            transaction => PostgresBulkLoad.StartIfEmptyAsync(_connection, transaction, table, cancellationToken),
            cancellationToken);

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
        catch (PostgresException exception) when (Direct && exception.SqlState == UniqueViolation)
        {
            var reason = $"run {Run.Id} of {Run.Instance} received the same {kind} _key twice";
            await FailAsync(reason, cancellationToken);
            throw new InvalidDataException(reason, exception);
        }
    }

    /// <summary>Starts a row with its key, after the instance and run id when it goes straight into the history.</summary>
    private async Task StartRowAsync(NpgsqlBinaryImporter importer, string key, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        if (Direct)
        {
            await importer.WriteAsync(Run.Instance, NpgsqlDbType.Text, cancellationToken);
        }

        await importer.WriteAsync(key, NpgsqlDbType.Text, cancellationToken);
        if (Direct)
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
}
