using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace TenantGraph.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Readers never wait; one run merges at a time, and each run
/// stages into its own connection's temp tables, which vanish with the connection however it ends.
/// </summary>
internal sealed class SqliteDialect : IStoreDialect
{
    private readonly string _connectionString;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public SqliteDialect(string path, ILogger logger, TimeProvider timeProvider)
    {
        DatabasePath = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Temp tables must not outlive a run in a pooled connection.
            Pooling = false,
            DefaultTimeout = 600,
        }.ToString();
        _logger = logger;
        _timeProvider = timeProvider;
    }

    public string DatabasePath { get; }

    public string Description => DatabasePath;

    public StoreSql Sql => SqliteSql.Queries;

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await OpenSqliteAsync(cancellationToken);

    public object TypesParameter(IReadOnlyCollection<string>? types) =>
        types is null ? DBNull.Value : RunRows.Types(types.ToArray());

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenSqliteAsync(cancellationToken);
        // A current schema needs no write lock, which a run being loaded may hold for a while.
        if (await ReadSchemaVersionAsync(connection, cancellationToken) == SqliteSchema.Migrations.Count)
        {
            return;
        }

        // BEGIN IMMEDIATE: two processes opening a new file must not both create the schema.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var exists = connection.Command(SqliteSql.SchemaVersionTableExists, transaction))
        {
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                await using var create = connection.Command(SqliteSql.CreateSchemaVersion, transaction);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await MigrateToAsync(connection, transaction, SqliteSchema.Migrations.Count, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<int?> ReadSchemaVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var exists = connection.Command(SqliteSql.SchemaVersionTableExists);
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return null;
        }

        await using var read = connection.Command(CommonSql.ReadSchemaVersion);
        return Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Applies migrations up to <paramref name="target"/> inside the caller's transaction.</summary>
    internal Task MigrateToAsync(SqliteConnection connection, SqliteTransaction transaction, int target,
        CancellationToken cancellationToken) =>
        new SchemaMigrations(Description, SqliteSchema.Migrations, _logger)
            .MigrateToAsync(connection, transaction, target, cancellationToken);

    public async Task<IReadOnlyList<RunInfo>> FailInterruptedRunsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenSqliteAsync(cancellationToken);
        await using var running = connection.Command(CommonSql.RunningRuns);
        var failed = new List<RunInfo>();
        foreach (var run in await RunRows.ReadAllAsync(running, cancellationToken))
        {
            using var runLock = SqliteRunLock.TryAcquire(DatabasePath, run.Instance);
            if (runLock is not null)
            {
                await RunRows.FailAsync(connection, run.Id, RunRows.InterruptedReason, _timeProvider.GetUtcNow(), cancellationToken);
                Log.InterruptedRunFailed(_logger, run.Id, run.Instance, run.StartedOn);
                failed.Add(run);
            }
        }

        return failed;
    }

    public async Task<IRunWriter> BeginRunAsync(string instance, string integration, CancellationToken cancellationToken)
    {
        var runLock = SqliteRunLock.TryAcquire(DatabasePath, instance);
        if (runLock is null)
        {
            await using var connection = await OpenSqliteAsync(cancellationToken);
            await using var holder = connection.Command(CommonSql.RunningRunOfInstance).With("instance", instance);
            var run = (await RunRows.ReadAllAsync(holder, cancellationToken)).FirstOrDefault();
            throw new StoreConcurrencyException(instance, run?.Id, run?.StartedOn);
        }

        SqliteConnection? writerConnection = null;
        try
        {
            writerConnection = await OpenSqliteAsync(cancellationToken);
            await using (var stale = writerConnection.Command(CommonSql.RunningRunOfInstance).With("instance", instance))
            {
                // We hold the instance's lock, so a run still marked running lost its writer.
                foreach (var run in await RunRows.ReadAllAsync(stale, cancellationToken))
                {
                    await RunRows.FailAsync(writerConnection, run.Id, RunRows.InterruptedReason, _timeProvider.GetUtcNow(), cancellationToken);
                    Log.InterruptedRunFailed(_logger, run.Id, run.Instance, run.StartedOn);
                }
            }

            var started = _timeProvider.GetUtcNow();
            long id;
            await using (var insert = writerConnection.Command(CommonSql.InsertRun)
                             .With("instance", instance).With("integration", integration)
                             .With("started", started.ToUnixTimeMilliseconds()))
            {
                id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!; // RETURNING id always yields a row.
            }

            var info = new RunInfo(id, instance, integration, started, null, RunStatus.Running, [], 0, 0, [], null);
            var writer = await SqliteRunWriter.StartAsync(writerConnection, runLock, info, _logger, _timeProvider,
                cancellationToken);
            Log.RunStarted(_logger, id, instance);
            return writer;
        }
        catch
        {
            if (writerConnection is not null)
            {
                await writerConnection.DisposeAsync();
            }

            runLock.Dispose();
            throw;
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    internal async Task<SqliteConnection> OpenSqliteAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.Command(SqliteSql.Pragmas);
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
