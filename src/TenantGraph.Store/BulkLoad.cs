using System.Data.Common;

namespace TenantGraph.Store;

/// <summary>
/// The bulk load of a history table that holds no version yet (docs/store.md, "Loading a run"): its indexes are
/// dropped inside the run's transaction and built again by sorting once the rows are in. Inserting keys that arrive
/// in no order into a key index costs a B-tree descent and a random page per row; one sort per index costs a
/// fraction of that. A rollback brings the indexes back. Each dialect decides when a table may be bulk-loaded
/// (<see cref="Sqlite.SqliteBulkLoad"/>, <see cref="Postgres.PostgresBulkLoad"/>).
/// </summary>
internal sealed class BulkLoad
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly IReadOnlyList<string> _indexes;

    private BulkLoad(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> indexes)
    {
        _connection = connection;
        _transaction = transaction;
        _indexes = indexes;
    }

    /// <summary>
    /// Drops every index of <paramref name="table"/>, as <paramref name="indexesOf"/> lists them (name, then the
    /// statement that creates it), with <paramref name="dropIndex"/>.
    /// </summary>
    public static async Task<BulkLoad> DropIndexesAsync(DbConnection connection, DbTransaction transaction, string table,
        string indexesOf, Func<string, string> dropIndex, CancellationToken cancellationToken)
    {
        var indexes = new List<(string Name, string Sql)>();
        await using (var read = connection.Command(indexesOf, transaction).With("table", table))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await using var drop = connection.Command(dropIndex(name), transaction);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return new BulkLoad(connection, transaction, indexes.ConvertAll(index => index.Sql));
    }

    /// <summary>Builds every dropped index again; a unique index throws the database's error on a duplicate key.</summary>
    public async Task BuildIndexesAsync(CancellationToken cancellationToken)
    {
        foreach (var sql in _indexes)
        {
            await using var create = _connection.Command(sql, _transaction);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
