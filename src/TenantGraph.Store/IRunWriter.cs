using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Store;

/// <summary>
/// A run being written. Objects are written where no reader sees them (staging tables, or the history inside a
/// transaction not yet committed); <see cref="CompleteAsync"/> makes them the instance's snapshot in one transaction.
/// Disposing an uncompleted writer marks the run failed.
/// </summary>
public interface IRunWriter : IAsyncDisposable
{
    RunInfo Run { get; }

    /// <summary>
    /// Writes entities; may be called repeatedly. A <c>_key</c> given twice in a run fails the run: at once when the run
    /// goes straight into the history (docs/store.md, "Loading a run"), at completion when it is staged.
    /// </summary>
    Task WriteEntitiesAsync(IAsyncEnumerable<Entity> entities, CancellationToken cancellationToken);

    Task WriteRelationshipsAsync(IAsyncEnumerable<Relationship> relationships, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the run the instance's latest snapshot: status partial when <paramref name="result"/> has partial types
    /// or failures, succeeded otherwise. A cancelled result fails the run and keeps the previous snapshot.
    /// </summary>
    Task<RunInfo> CompleteAsync(RunResult result, CancellationToken cancellationToken);
}
