using System.Runtime.ExceptionServices;
using TenantGraph.Core.Errors;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>
/// Per-resource reads of one subscription (a vault's diagnostic settings, a server's auditing, an account's
/// containers), run <see cref="Parallelism"/> at a time as the listing streams in. The client paces the
/// subscription's requests to its ARM budget, so this only has to keep enough in flight to use that budget: at
/// 25 reads a second and ARM's usual latency, a handful. A resource whose reads the app may not make (403) does
/// not stop the others: the first refusal is rethrown once every resource has been visited, so the runner records
/// the missing permission and marks the step partial. Any other failure stops the rest and is rethrown.
/// </summary>
/// <remarks>
/// <c>await ResourceFanOut.ForEachAsync(client.ListServersAsync(subscriptionId, ct), async (server, ct) => …, ct)</c>.
/// The work runs concurrently with itself, so whatever it shares must be thread-safe (JobState is).
/// </remarks>
internal static class ResourceFanOut
{
    public const int Parallelism = 8;

    public static Task ForEachAsync<T>(IAsyncEnumerable<T> items, Func<T, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        RunAsync((options, body) => Parallel.ForEachAsync(items, options, body), Parallelism, work, cancellationToken);

    public static Task ForEachAsync<T>(IEnumerable<T> items, Func<T, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        RunAsync(items, Parallelism, work, cancellationToken);

    /// <summary>Like <see cref="ForEachAsync{T}(IEnumerable{T}, Func{T, CancellationToken, Task}, CancellationToken)"/>, <paramref name="parallelism"/> at a time.</summary>
    public static Task RunAsync<T>(IEnumerable<T> items, int parallelism, Func<T, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        RunAsync((options, body) => Parallel.ForEachAsync(items, options, body), parallelism, work, cancellationToken);

    private static async Task RunAsync<T>(Func<ParallelOptions, Func<T, CancellationToken, ValueTask>, Task> loop, int parallelism,
        Func<T, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ProviderAuthorizationException? refused = null;
        await loop(new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            async (item, ct) =>
            {
                try
                {
                    await work(item, ct);
                }
                catch (ProviderAuthorizationException e)
                {
                    Interlocked.CompareExchange(ref refused, e, null);
                }
            });
        if (refused is not null)
        {
            ExceptionDispatchInfo.Throw(refused);
        }
    }
}
