using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using TenantGraph.Core.Graph;
using TenantGraph.Store.Diff;
using TenantGraph.Store.Export;

namespace TenantGraph.Store;

/// <summary>
/// The store's reads, diff and retention, written once over ADO.NET; the dialect supplies SQL, connections and the
/// run writer.
/// </summary>
internal sealed class SqlGraphStore : IGraphStore
{
    private readonly IStoreDialect _dialect;
    private readonly ILogger _logger;

    public SqlGraphStore(IStoreDialect dialect, ILogger logger)
    {
        _dialect = dialect;
        _logger = logger;
    }

    public Task<IRunWriter> BeginRunAsync(string instance, string integration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(instance);
        ArgumentException.ThrowIfNullOrEmpty(integration);
        return _dialect.BeginRunAsync(instance, integration, cancellationToken);
    }

    public async Task<IReadOnlyList<RunInfo>> GetRunsAsync(string? instance, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        await using var command = instance is null
            ? connection.Command(CommonSql.AllRuns)
            : connection.Command(CommonSql.InstanceRuns).With("instance", instance);
        return await RunRows.ReadAllAsync(command, cancellationToken);
    }

    public async Task<RunInfo?> GetRunAsync(long runId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(CommonSql.RunById).With("run", runId);
        return (await RunRows.ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<RunInfo?> GetLatestRunAsync(string instance, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(CommonSql.LatestCompletedRun).With("instance", instance);
        return (await RunRows.ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async IAsyncEnumerable<Entity> ReadSnapshotEntitiesAsync(long runId, IReadOnlyCollection<string>? types,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var run = await RequireSnapshotAsync(runId, cancellationToken);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(_dialect.Sql.SnapshotEntities)
            .With("instance", run.Instance).With("run", run.Id).With("types", _dialect.TypesParameter(types));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadEntity(reader);
        }
    }

    public async IAsyncEnumerable<Relationship> ReadSnapshotRelationshipsAsync(long runId,
        IReadOnlyCollection<string>? types, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var run = await RequireSnapshotAsync(runId, cancellationToken);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(_dialect.Sql.SnapshotRelationships)
            .With("instance", run.Instance).With("run", run.Id).With("types", _dialect.TypesParameter(types));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadRelationship(reader);
        }
    }

    public async Task<SnapshotCounts> CountsAsync(long runId, CancellationToken cancellationToken)
    {
        var run = await RequireSnapshotAsync(runId, cancellationToken);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        return new SnapshotCounts(run.Id,
            await CountAsync(connection, CommonSql.EntityCounts, run, cancellationToken),
            await CountAsync(connection, CommonSql.RelationshipCounts, run, cancellationToken));
    }

    public async Task<GraphDiff> DiffAsync(string instance, long? fromRun, long? toRun, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(instance);
        var to = toRun is { } toId
            ? await RequireSnapshotAsync(toId, cancellationToken)
            : await GetLatestRunAsync(instance, cancellationToken)
              ?? throw new ArgumentException($"instance {instance} has no completed run to diff", nameof(instance));
        RunInfo? from;
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        if (fromRun is { } fromId)
        {
            from = await RequireSnapshotAsync(fromId, cancellationToken);
        }
        else
        {
            await using var before = connection.Command(CommonSql.CompletedRunBefore)
                .With("instance", instance).With("run", to.Id);
            from = (await RunRows.ReadAllAsync(before, cancellationToken)).SingleOrDefault();
        }

        if (to.Instance != instance || (from is not null && from.Instance != instance))
        {
            throw new ArgumentException($"runs {from?.Id} and {to.Id} are not both runs of instance {instance}", nameof(instance));
        }

        if (from is not null && from.Id >= to.Id)
        {
            throw new ArgumentException($"run {from.Id} is not older than run {to.Id}", nameof(fromRun));
        }

        var partial = to.PartialTypes.ToHashSet(StringComparer.Ordinal);
        var entities = DiffBuilder.Entities(
            await ReadVersionsAsync(connection, _dialect.Sql.LeftEntities, instance, from, to, ReadEntity, 5, cancellationToken),
            await ReadVersionsAsync(connection, _dialect.Sql.EnteredEntities, instance, from, to, ReadEntity, 5, cancellationToken),
            partial);
        var relationships = DiffBuilder.Relationships(
            await ReadVersionsAsync(connection, _dialect.Sql.LeftRelationships, instance, from, to, ReadRelationship, 7, cancellationToken),
            await ReadVersionsAsync(connection, _dialect.Sql.EnteredRelationships, instance, from, to, ReadRelationship, 7, cancellationToken),
            partial);
        return new GraphDiff(from, to, entities, relationships);
    }

    public async Task<IReadOnlyList<long>> PruneAsync(string instance, int keepRuns, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(instance);
        ArgumentOutOfRangeException.ThrowIfLessThan(keepRuns, 1);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var completed = new List<long>();
        await using (var ids = connection.Command(CommonSql.CompletedRunIds, transaction).With("instance", instance))
        await using (var reader = await ids.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                completed.Add(reader.GetInt64(0));
            }
        }

        if (completed.Count <= keepRuns)
        {
            return [];
        }

        var oldestKept = completed[keepRuns - 1];
        foreach (var sql in new[] { CommonSql.PruneEntities, CommonSql.PruneRelationships })
        {
            await using var prune = connection.Command(sql, transaction).With("instance", instance).With("keep", oldestKept);
            await prune.ExecuteNonQueryAsync(cancellationToken);
        }

        var pruned = new List<long>();
        await using (var runs = connection.Command(CommonSql.PruneRuns, transaction).With("instance", instance).With("keep", oldestKept))
        await using (var reader = await runs.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                pruned.Add(reader.GetInt64(0));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        Log.RunsPruned(_logger, pruned.Count, instance, keepRuns);
        pruned.Sort();
        return pruned;
    }

    public Task ExportAsync(long runId, ExportFormat format, Stream destination, CancellationToken cancellationToken) =>
        GraphExporter.WriteAsync(this, runId, format, destination, cancellationToken);

    public async Task<string> ExportAsync(long runId, ExportFormat format, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, GraphExporter.FileName(runId, format));
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await GraphExporter.WriteAsync(this, runId, format, file, cancellationToken);
        return path;
    }

    public Task<RunInfo> ImportCollectFolderAsync(string instance, string integration, string collectDirectory,
        CancellationToken cancellationToken) =>
        CollectFolderImporter.ImportAsync(this, instance, integration, collectDirectory, cancellationToken);

    public ValueTask DisposeAsync() => _dialect.DisposeAsync();

    private static Entity ReadEntity(DbDataReader reader) => GraphObjectDecoder.Entity(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4));

    private static Relationship ReadRelationship(DbDataReader reader) => GraphObjectDecoder.Relationship(
        reader.GetString(0), reader.GetString(1), reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6));

    private static async Task<IReadOnlyList<VersionedObject<T>>> ReadVersionsAsync<T>(DbConnection connection, string sql,
        string instance, RunInfo? from, RunInfo to, Func<DbDataReader, T> read, int hashColumn,
        CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql)
            .With("instance", instance).With("from", from?.Id ?? 0L).With("to", to.Id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new List<VersionedObject<T>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new VersionedObject<T>(read(reader), reader.GetFieldValue<byte[]>(hashColumn)));
        }

        return versions;
    }

    private static async Task<IReadOnlyDictionary<string, long>> CountAsync(DbConnection connection, string sql, RunInfo run,
        CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql).With("instance", run.Instance).With("run", run.Id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private async Task<RunInfo> RequireSnapshotAsync(long runId, CancellationToken cancellationToken)
    {
        var run = await GetRunAsync(runId, cancellationToken)
                  ?? throw new ArgumentException($"run {runId} does not exist in {_dialect.Description}", nameof(runId));
        return run.Status.HasSnapshot()
            ? run
            : throw new ArgumentException($"run {runId} of {run.Instance} has no snapshot: it is {run.Status.ToWire()}", nameof(runId));
    }
}
