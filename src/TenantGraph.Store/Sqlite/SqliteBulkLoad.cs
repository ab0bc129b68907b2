using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace TenantGraph.Store.Sqlite;

/// <summary>
/// When SQLite bulk-loads a history table (<see cref="BulkLoad"/>): the run holds the database's write lock, so
/// no one else writes the table until it commits, and readers keep seeing the committed schema.
/// </summary>
internal static class SqliteBulkLoad
{
    /// <summary>Drops the indexes of <paramref name="table"/> when it is empty; null (nothing done) when it is not.</summary>
    public static async Task<BulkLoad?> StartIfEmptyAsync(SqliteConnection connection, DbTransaction transaction,
        string table, CancellationToken cancellationToken)
    {
        await using (var empty = connection.Command(CommonSql.TableIsEmpty(table), transaction))
        {
            if (Convert.ToInt64(await empty.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return null;
            }
        }

        return await BulkLoad.DropIndexesAsync(connection, transaction, table, SqliteSql.IndexesOf, CommonSql.DropIndex,
            cancellationToken);
    }
}
