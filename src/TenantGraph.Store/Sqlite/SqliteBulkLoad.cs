using Microsoft.Data.Sqlite;

namespace TenantGraph.Store.Sqlite;

/// <summary>
/// The bulk load of a history table that holds no version yet (docs/store.md, "Loading a run"): its indexes are
/// dropped inside the run's write transaction and built again by sorting once the rows are in. Inserting keys that
/// arrive in no order into a key index costs a B-tree descent and a random page per row; one sort per index costs a
/// fraction of that. Readers keep seeing the committed schema, and a rollback brings the indexes back.
/// </summary>
internal sealed class SqliteBulkLoad
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly IReadOnlyList<string> _indexes;

    private SqliteBulkLoad(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<string> indexes)
    {
        _connection = connection;
        _transaction = transaction;
        _indexes = indexes;
    }

    /// <summary>Drops the indexes of <paramref name="table"/> when it is empty; null (nothing done) when it is not.</summary>
    public static async Task<SqliteBulkLoad?> StartIfEmptyAsync(SqliteConnection connection, SqliteTransaction transaction,
        string table, CancellationToken cancellationToken)
    {
        await using (var empty = connection.Command(SqliteSql.TableIsEmpty(table), transaction))
        {
            if (Convert.ToInt64(await empty.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return null;
            }
        }

        var indexes = new List<(string Name, string Sql)>();
        await using (var read = connection.Command(SqliteSql.IndexesOf, transaction).With("table", table))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await using var drop = connection.Command(SqliteSql.DropIndex(name), transaction);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return new SqliteBulkLoad(connection, transaction, indexes.ConvertAll(index => index.Sql));
    }

    /// <summary>Builds every dropped index again; a unique index throws SQLite's constraint error on a duplicate key.</summary>
    public async Task BuildIndexesAsync(CancellationToken cancellationToken)
    {
        foreach (var sql in _indexes)
        {
            await using var create = _connection.Command(sql, _transaction);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
