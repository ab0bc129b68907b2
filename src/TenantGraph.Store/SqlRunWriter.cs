using System.Data.Common;
using Microsoft.Extensions.Logging;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Store;

/// <summary>
/// What a run writer does the same way in both dialects (docs/store.md, "Loading a run"): completing a run into its
/// snapshot, failing it, and letting go of its connection once. A dialect writes the objects, begins a direct run's
/// transaction and merges a staged run.
/// </summary>
internal abstract class SqlRunWriter : IRunWriter
{
    private readonly DbConnection _connection;
    private readonly TimeProvider _timeProvider;
    private bool _finished;
    private bool _released;

    protected SqlRunWriter(DbConnection connection, RunInfo run, bool direct, ILogger logger, TimeProvider timeProvider)
    {
        _connection = connection;
        Run = run;
        Direct = direct;
        Logger = logger;
        _timeProvider = timeProvider;
    }

    public RunInfo Run { get; private set; }

    /// <summary>The instance had no current versions: the run goes straight into the history tables.</summary>
    protected bool Direct { get; }

    protected ILogger Logger { get; }

    protected GraphObjectEncoder Encoder { get; } = new();

    /// <summary>A direct run's one transaction, from its first write until it completes or fails.</summary>
    protected DbTransaction? DirectTransaction { get; set; }

    /// <summary>Versions a direct run has written, all of them current once it completes.</summary>
    protected long EntitiesWritten { get; set; }

    protected long RelationshipsWritten { get; set; }

    public abstract Task WriteEntitiesAsync(IAsyncEnumerable<Entity> entities, CancellationToken cancellationToken);

    public abstract Task WriteRelationshipsAsync(IAsyncEnumerable<Relationship> relationships, CancellationToken cancellationToken);

    public async Task<RunInfo> CompleteAsync(RunResult result, CancellationToken cancellationToken)
    {
        ThrowIfFinished();
        var status = RunRows.StatusOf(result);
        if (status == RunStatus.Failed)
        {
            await FailAsync("cancelled before every step finished", cancellationToken);
            return Run;
        }

        var transaction = Direct ? await BeginDirectTransactionAsync(cancellationToken) : await MergeAsync(result, cancellationToken);
        await using (transaction)
        {
            await using (var finish = _connection.Command(CommonSql.FinishRun, transaction)
                             .With("run", Run.Id).With("instance", Run.Instance).With("status", status.ToWire())
                             .With("ended", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds())
                             .With("partial_types", RunRows.Types(result.PartialTypes)).With("steps", RunRows.Steps(result.Steps))
                             .With("entities", Direct ? EntitiesWritten : null)
                             .With("relationships", Direct ? RelationshipsWritten : null))
            {
                await finish.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            DirectTransaction = null;
        }

        _finished = true;
        await using (var read = _connection.Command(CommonSql.RunById).With("run", Run.Id))
        {
            Run = (await RunRows.ReadAllAsync(read, cancellationToken)).Single();
        }

        await ReleaseAsync(cancellationToken);
        Log.RunCompleted(Logger, Run.Id, Run.Instance, Run.Status.ToWire(), Run.EntityCount, Run.RelationshipCount);
        return Run;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            try
            {
                await FailAsync("the writer was closed before the run completed", CancellationToken.None);
            }
            catch (DbException exception)
            {
                // The row stays 'running'; the writer's lock is gone with its connection, so the next open of the
                // store marks it failed.
                Log.RunFailed(Logger, Run.Id, Run.Instance, exception.Message);
            }
        }

        await ReleaseAsync(CancellationToken.None);
        Encoder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// A direct run's bulk load of <paramref name="table"/>, when <paramref name="startIfEmpty"/> (the dialect's
    /// rule, given the run's transaction, which this begins) finds the table empty; null for a staged run or a table
    /// that holds versions.
    /// </summary>
    protected async Task<BulkLoad?> StartBulkLoadAsync(string table, Func<DbTransaction, Task<BulkLoad?>> startIfEmpty,
        CancellationToken cancellationToken)
    {
        if (!Direct)
        {
            return null;
        }

        var bulk = await startIfEmpty(await BeginDirectTransactionAsync(cancellationToken));
        if (bulk is not null)
        {
            Log.BulkLoad(Logger, Run.Id, Run.Instance, table);
        }

        return bulk;
    }

    /// <summary>Begins the direct run's transaction, or returns it once begun.</summary>
    protected abstract Task<DbTransaction> BeginDirectTransactionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Merges the staged run into the history inside a new transaction, which it returns open; a key staged twice
    /// throws <see cref="InvalidDataException"/>.
    /// </summary>
    protected abstract Task<DbTransaction> MergeAsync(RunResult result, CancellationToken cancellationToken);

    /// <summary>Drops what the run staged, gives up its run lock and closes its connection.</summary>
    protected abstract Task ReleaseConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Fails the run: rolls back a direct run's transaction, marks the row failed and lets go.</summary>
    protected async Task FailAsync(string reason, CancellationToken cancellationToken)
    {
        _finished = true;
        if (DirectTransaction is not null)
        {
            // Nothing of a direct run was committed: rolling back removes every version it wrote.
            await DirectTransaction.RollbackAsync(cancellationToken);
            await DirectTransaction.DisposeAsync();
            DirectTransaction = null;
        }

        await RunRows.FailAsync(_connection, Run.Id, reason, _timeProvider.GetUtcNow(), cancellationToken);
        Run = Run with { Status = RunStatus.Failed, EndedOn = _timeProvider.GetUtcNow(), Error = reason };
        Log.RunFailed(Logger, Run.Id, Run.Instance, reason);
        await ReleaseAsync(cancellationToken);
    }

    protected void ThrowIfFinished()
    {
        if (_finished)
        {
            throw new InvalidOperationException($"run {Run.Id} of {Run.Instance} is already {Run.Status.ToWire()}");
        }
    }

    private async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        if (_released)
        {
            return;
        }

        _released = true;
        await ReleaseConnectionAsync(cancellationToken);
    }
}
