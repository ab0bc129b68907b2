using System.Data.Common;
using Npgsql;

namespace TenantGraph.Store.Postgres;

/// <summary>
/// When PostgreSQL bulk-loads a history table (<see cref="BulkLoad"/>): only a table without a row and without
/// another session using it. The run keeps the table locked until it commits, so other runs' writes and reads of
/// the table wait for it.
/// </summary>
internal static class PostgresBulkLoad
{
    private const string Savepoint = "bulk_load";
    private const string LockNotAvailable = "55P03";

    /// <summary>
    /// Drops the indexes of <paramref name="table"/> when it is empty and no other run is writing it; null (nothing
    /// done, no lock kept) otherwise.
    /// </summary>
    public static async Task<BulkLoad?> StartIfEmptyAsync(NpgsqlConnection connection, DbTransaction transaction,
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

        await using (var empty = connection.Command(CommonSql.TableIsEmpty(table), transaction))
        {
            if (!(bool)(await empty.ExecuteScalarAsync(cancellationToken))!)
            {
                await transaction.RollbackAsync(Savepoint, cancellationToken);
                return null;
            }
        }

        var bulk = await BulkLoad.DropIndexesAsync(connection, transaction, table, PostgresSql.IndexesOf, CommonSql.DropIndex,
            cancellationToken);
        await transaction.ReleaseAsync(Savepoint, cancellationToken);
        return bulk;
    }
}
