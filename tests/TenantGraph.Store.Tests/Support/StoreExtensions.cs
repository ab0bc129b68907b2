using TenantGraph.Core.Graph;

namespace TenantGraph.Store.Tests.Support;

internal static class StoreExtensions
{
    /// <summary>Writes one run of the given objects and completes it with <paramref name="partialTypes"/>.</summary>
    public static async Task<RunInfo> StoreRunAsync(this IGraphStore store, string instance, IEnumerable<Entity> entities,
        IEnumerable<Relationship>? relationships = null, params string[] partialTypes)
    {
        await using var run = await store.BeginRunAsync(instance, "test", Timeouts.Token());
        await run.WriteEntitiesAsync(entities.ToAsyncEnumerable(), Timeouts.Token());
        await run.WriteRelationshipsAsync((relationships ?? []).ToAsyncEnumerable(), Timeouts.Token());
        return await run.CompleteAsync(Samples.Result(instance, partialTypes), Timeouts.Token());
    }

    public static async Task<List<Entity>> EntitiesAsync(this IGraphStore store, long runId) =>
        await store.ReadSnapshotEntitiesAsync(runId, null, Timeouts.Token()).ToListAsync();

    public static async Task<List<Relationship>> RelationshipsAsync(this IGraphStore store, long runId) =>
        await store.ReadSnapshotRelationshipsAsync(runId, null, Timeouts.Token()).ToListAsync();
}
