namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>
/// Per-resource reads of one subscription (a vault's diagnostic settings, a server's auditing, an account's
/// containers), run <see cref="Parallelism"/> at a time as the listing streams in. The client paces the
/// subscription's requests to its ARM budget, so this only has to keep enough in flight to use that budget: at
/// 25 reads a second and ARM's usual latency, a handful. The first failure stops the subscription's remaining
/// reads and is rethrown, as a sequential loop would.
/// </summary>
/// <remarks>
/// <c>await ResourceFanOut.ForEachAsync(client.ListServersAsync(subscriptionId, ct), async (server, ct) => …, ct)</c>.
/// The work runs concurrently with itself, so whatever it shares must be thread-safe (JobState is).
/// </remarks>
internal static class ResourceFanOut
{
    public const int Parallelism = 8;

    public static Task ForEachAsync<T>(IAsyncEnumerable<T> items, Func<T, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (item, ct) => await work(item, ct));

    public static Task ForEachAsync<T>(IEnumerable<T> items, Func<T, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (item, ct) => await work(item, ct));
}
