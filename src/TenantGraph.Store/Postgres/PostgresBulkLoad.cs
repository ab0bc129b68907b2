using Npgsql;

namespace TenantGraph.Store.Postgres;

/// <summary>
/// The bulk load of a history table that holds no version yet (docs/store.md, "Loading a run"): inside the run's
/// transaction the table is locked, its indexes dropped, and built again by sorting once the rows are in. Inserting
/// keys that arrive in no order into a key index costs a B-tree descent and a random page per row; one sort per
/// index costs a fraction of that. Until the run commits, other runs' writes to the table wait for it; a rollback
/// brings the indexes back.
/// </summary>
internal sealed class PostgresBulkLoad
{
    private const string Savepoint = "bulk_load";
    private const string LockNotAvailable = "55P03";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly IReadOnlyList<string> _indexes;

    private PostgresBulkLoad(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<string> indexes)
    {
        _connection = connection;
        _transaction = transaction;
        _indexes = indexes;
    }

    /// <summary>
    /// Drops the indexes of <paramref name="table"/> when it is empty and no other run is writing it; null (nothing
    /// done, no lock kept) otherwise.
    /// </summary>
    public static async Task<PostgresBulkLoad?> StartIfEmptyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        string table, CancellationToken cancellationToken)
    {
        // Locks taken after a savepoint are released by rolling back to it.
        await transaction.SaveAsync(Savepoint, cancellationToken);
        try
        {
            await using var lockTable = connection.Command(PostgresSql.LockTableAlone(table), transaction);
            await lockTable.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == LockNotAvailable)
        {
            await transaction.RollbackAsync(Savepoint, cancellationToken);
            return null;
        }

        await using (var empty = connection.Command(PostgresSql.TableIsEmpty(table), transaction))
        {
            if (!(bool)(await empty.ExecuteScalarAsync(cancellationToken))!)
            {
                await transaction.RollbackAsync(Savepoint, cancellationToken);
                return null;
            }
        }

        var indexes = new List<(string Name, string Sql)>();
        await using (var read = connection.Command(PostgresSql.IndexesOf, transaction).With("table", table))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await using var drop = connection.Command(PostgresSql.DropIndex(name), transaction);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.ReleaseAsync(Savepoint, cancellationToken);
        return new PostgresBulkLoad(connection, transaction, indexes.ConvertAll(index => index.Sql));
    }

    /// <summary>Builds every dropped index again; a unique index throws the server's unique violation on a duplicate key.</summary>
    public async Task BuildIndexesAsync(CancellationToken cancellationToken)
    {
        foreach (var sql in _indexes)
        {
            await using var create = _connection.Command(sql, _transaction);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
