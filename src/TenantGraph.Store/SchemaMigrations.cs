using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace TenantGraph.Store;

/// <summary>A dialect's numbered migrations (docs/store.md, "Migrations"), applied in order.</summary>
internal sealed class SchemaMigrations(string store, IReadOnlyList<string> migrations, ILogger logger)
{
    public int Latest => migrations.Count;

    /// <summary>
    /// Applies migrations up to <paramref name="target"/> inside the caller's transaction; a store whose version is
    /// newer than <see cref="Latest"/> is refused.
    /// </summary>
    public async Task MigrateToAsync(DbConnection connection, DbTransaction transaction, int target, CancellationToken cancellationToken)
    {
        int found;
        await using (var read = connection.Command(CommonSql.ReadSchemaVersion, transaction))
        {
            found = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (found > Latest)
        {
            throw new StoreVersionException(store, found, Latest);
        }

        for (var version = found + 1; version <= target; version++)
        {
            await using var migrate = connection.Command(migrations[version - 1], transaction);
            await migrate.ExecuteNonQueryAsync(cancellationToken);
        }

        if (target > found)
        {
            await using var write = connection.Command(CommonSql.WriteSchemaVersion, transaction).With("version", target);
            await write.ExecuteNonQueryAsync(cancellationToken);
            Log.SchemaMigrated(logger, store, found, target);
        }
    }
}
