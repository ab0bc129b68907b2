using TenantGraph.Core.Graph;
using TenantGraph.Store.Diff;

namespace TenantGraph.Store;

/// <summary>
/// The graph of every instance, kept as one snapshot per completed run (docs/store.md). A run becomes visible only
/// when it completes; a run that never completes leaves the previous snapshot as it was. Open one with
/// <see cref="GraphStoreFactory.OpenAsync(string, CancellationToken)"/>.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>
    /// Starts a run of <paramref name="instance"/>. Throws <see cref="StoreConcurrencyException"/> while another
    /// run of the same instance is being written.
    /// </summary>
    Task<IRunWriter> BeginRunAsync(string instance, string integration, CancellationToken cancellationToken);

    /// <summary>Runs newest first, of one instance or of all.</summary>
    Task<IReadOnlyList<RunInfo>> GetRunsAsync(string? instance, CancellationToken cancellationToken);

    Task<RunInfo?> GetRunAsync(long runId, CancellationToken cancellationToken);

    /// <summary>The newest run of the instance that has a snapshot (succeeded or partial).</summary>
    Task<RunInfo?> GetLatestRunAsync(string instance, CancellationToken cancellationToken);

    /// <summary>The entities of a run's snapshot ordered by <c>_key</c>, optionally only of the given <c>_type</c>s.</summary>
    IAsyncEnumerable<Entity> ReadSnapshotEntitiesAsync(
        long runId, IReadOnlyCollection<string>? types, CancellationToken cancellationToken);

    /// <summary>The relationships of a run's snapshot ordered by <c>_key</c>, optionally only of the given <c>_type</c>s.</summary>
    IAsyncEnumerable<Relationship> ReadSnapshotRelationshipsAsync(
        long runId, IReadOnlyCollection<string>? types, CancellationToken cancellationToken);

    Task<SnapshotCounts> CountsAsync(long runId, CancellationToken cancellationToken);

    /// <summary>
    /// Changes between two snapshots of an instance. <paramref name="toRun"/> defaults to the latest completed
    /// run and <paramref name="fromRun"/> to the completed run before it.
    /// </summary>
    Task<GraphDiff> DiffAsync(string instance, long? fromRun, long? toRun, CancellationToken cancellationToken);

    /// <summary>Keeps the newest <paramref name="keepRuns"/> snapshots of the instance; returns the runs removed.</summary>
    Task<IReadOnlyList<long>> PruneAsync(string instance, int keepRuns, CancellationToken cancellationToken);

    Task ExportAsync(long runId, ExportFormat format, Stream destination, CancellationToken cancellationToken);

    /// <summary>Writes <c>run-&lt;id&gt;.json|csv|graphml</c> into the directory and returns its path.</summary>
    Task<string> ExportAsync(long runId, ExportFormat format, string directory, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a folder in the JupiterOne collect layout as a run; partial types and step results come from its
    /// <c>summary.json</c> when there is one.
    /// </summary>
    Task<RunInfo> ImportCollectFolderAsync(
        string instance, string integration, string collectDirectory, CancellationToken cancellationToken);
}
