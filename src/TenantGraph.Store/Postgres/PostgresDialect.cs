using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace TenantGraph.Store.Postgres;

/// <summary>
/// The shared store. Many processes write at once: each run holds a session advisory lock on its instance and
/// stages into temp tables of its own session, so runs of different instances never meet until their merges,
/// which touch disjoint rows.
/// </summary>
internal sealed class PostgresDialect : IStoreDialect
{
    // Sessions that write a run: their temp tables hold the whole run, and the merge hashes it. temp_buffers can only
    // be set before a session first touches a temp table, hence at connection start-up rather than by SET.
    private const string WriterSettings = "-c temp_buffers=256MB -c work_mem=128MB -c maintenance_work_mem=256MB";

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _writerDataSource;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public PostgresDialect(NpgsqlConnectionStringBuilder connection, ILogger logger, TimeProvider timeProvider)
    {
        Description = PostgresConnectionSpec.Describe(connection);
        _dataSource = NpgsqlDataSource.Create(connection);
        var writer = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
        writer.Options = string.IsNullOrWhiteSpace(writer.Options) ? WriterSettings : $"{writer.Options} {WriterSettings}";
        _writerDataSource = NpgsqlDataSource.Create(writer);
        _logger = logger;
        _timeProvider = timeProvider;
    }

    public string Description { get; }

    public StoreSql Sql => PostgresSql.Queries;

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public object TypesParameter(IReadOnlyCollection<string>? types) => types is null ? DBNull.Value : types.ToArray();

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var schemaLock = connection.Command(PostgresSql.LockSchema, transaction))
        {
            await schemaLock.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var create = connection.Command(PostgresSql.CreateSchemaVersion, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await MigrateToAsync(connection, transaction, PostgresSchema.Migrations.Count, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Applies migrations up to <paramref name="target"/> inside the caller's transaction.</summary>
    internal Task MigrateToAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int target,
        CancellationToken cancellationToken) =>
        new SchemaMigrations(Description, PostgresSchema.Migrations, _logger)
            .MigrateToAsync(connection, transaction, target, cancellationToken);

    public async Task<IReadOnlyList<RunInfo>> FailInterruptedRunsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var running = connection.Command(CommonSql.RunningRuns);
        var failed = new List<RunInfo>();
        foreach (var run in await RunRows.ReadAllAsync(running, cancellationToken))
        {
            if (await TryLockAsync(connection, run.Instance, cancellationToken))
            {
                await RunRows.FailAsync(connection, run.Id, RunRows.InterruptedReason, _timeProvider.GetUtcNow(), cancellationToken);
                await UnlockAsync(connection, run.Instance, cancellationToken);
                Log.InterruptedRunFailed(_logger, run.Id, run.Instance, run.StartedOn);
                failed.Add(run);
            }
        }

        return failed;
    }

    public async Task<IRunWriter> BeginRunAsync(string instance, string integration, CancellationToken cancellationToken)
    {
        var connection = await _writerDataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            if (!await TryLockAsync(connection, instance, cancellationToken))
            {
                await using var holder = connection.Command(CommonSql.RunningRunOfInstance).With("instance", instance);
                var holding = (await RunRows.ReadAllAsync(holder, cancellationToken)).FirstOrDefault();
                throw new StoreConcurrencyException(instance, holding?.Id, holding?.StartedOn);
            }

            await using (var stale = connection.Command(CommonSql.RunningRunOfInstance).With("instance", instance))
            {
                // We hold the instance's lock, so a run still marked running lost its writer.
                foreach (var run in await RunRows.ReadAllAsync(stale, cancellationToken))
                {
                    await RunRows.FailAsync(connection, run.Id, RunRows.InterruptedReason, _timeProvider.GetUtcNow(), cancellationToken);
                    Log.InterruptedRunFailed(_logger, run.Id, run.Instance, run.StartedOn);
                }
            }

            var started = _timeProvider.GetUtcNow();
            long id;
            await using (var insert = connection.Command(CommonSql.InsertRun)
                             .With("instance", instance).With("integration", integration)
                             .With("started", started.ToUnixTimeMilliseconds()))
            {
                id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!; // RETURNING id always yields a row.
            }

            // We hold the instance's lock, so no other writer can give it current versions before we complete.
            bool direct;
            await using (var current = connection.Command(CommonSql.HasCurrentVersions).With("instance", instance))
            {
                direct = !(bool)(await current.ExecuteScalarAsync(cancellationToken))!; // EXISTS is never null.
            }

            if (!direct)
            {
                await using var stage = connection.Command(PostgresSql.CreateStage);
                await stage.ExecuteNonQueryAsync(cancellationToken);
            }

            var info = new RunInfo(id, instance, integration, started, null, RunStatus.Running, [], 0, 0, [], null);
            Log.RunStarted(_logger, id, instance);
            Log.RunLoadPath(_logger, id, instance, direct ? LoadPath.Direct : LoadPath.Staged);
            return new PostgresRunWriter(connection, info, direct, _logger, _timeProvider);
        }
        catch
        {
            // Closing the session releases the advisory lock and the temp tables.
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _writerDataSource.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    internal static async Task UnlockAsync(DbConnection connection, string instance, CancellationToken cancellationToken)
    {
        await using var unlock = connection.Command(PostgresSql.UnlockInstance).With("instance", instance);
        await unlock.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<bool> TryLockAsync(DbConnection connection, string instance, CancellationToken cancellationToken)
    {
        await using var tryLock = connection.Command(PostgresSql.TryLockInstance).With("instance", instance);
        return (bool)(await tryLock.ExecuteScalarAsync(cancellationToken))!; // pg_try_advisory_lock returns a boolean.
    }
}
