using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Store.Postgres;
using TenantGraph.Store.Sqlite;

namespace TenantGraph.Store;

/// <summary>
/// Opens the store named by the configuration's <c>store</c> value: a <c>postgres://</c> URL or a keyword
/// connection string with <c>Host=</c> selects PostgreSQL; anything else is a SQLite file path. Opening creates or
/// upgrades the schema, refuses a newer one (<see cref="StoreVersionException"/>), and marks failed the runs whose
/// writer died.
/// </summary>
public static class GraphStoreFactory
{
    public const string DefaultSqlitePath = "tenantgraph.db";

    public static Task<IGraphStore> OpenAsync(string storeSpec, CancellationToken cancellationToken) =>
        OpenAsync(storeSpec, NullLoggerFactory.Instance, TimeProvider.System, cancellationToken);

    public static async Task<IGraphStore> OpenAsync(string storeSpec, ILoggerFactory loggerFactory, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeSpec);
        var logger = loggerFactory.CreateLogger("TenantGraph.Store");
        IStoreDialect dialect = IsPostgres(storeSpec)
            ? new PostgresDialect(PostgresConnectionSpec.Parse(storeSpec), logger, timeProvider)
            : new SqliteDialect(storeSpec, logger, timeProvider);
        try
        {
            await dialect.MigrateAsync(cancellationToken);
            await dialect.FailInterruptedRunsAsync(cancellationToken);
            Log.StoreOpened(logger, IsPostgres(storeSpec) ? "PostgreSQL" : "SQLite", dialect.Description);
            return new SqlGraphStore(dialect, logger);
        }
        catch
        {
            await dialect.DisposeAsync();
            throw;
        }
    }

    public static bool IsPostgres(string storeSpec) =>
        PostgresConnectionSpec.IsUrl(storeSpec) || PostgresConnectionSpec.IsKeywordString(storeSpec);
}
