using TenantGraph.Core.Errors;
using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>
/// The subscriptions this run reads, published by <c>rm-subscriptions</c> (the configured ones, or every visible
/// one), and the way a step visits them: <see cref="ForEachAsync"/> runs the per-subscription work concurrently,
/// a few at a time. ARM budgets reads per subscription (and the client paces each subscription's lane), so
/// subscriptions proceed in parallel while each stays within its own budget.
/// </summary>
/// <remarks>
/// Every ARM step depends (directly or through <c>rm-resources-resource-groups</c>) on <c>rm-subscriptions</c>
/// and lists per subscription: <c>await Subscriptions.ForEachAsync(context, (subscriptionId, ct) => …, ct)</c>.
/// Work for different subscriptions must not add the same key (ids carry the subscription, so it does not).
/// </remarks>
internal static class Subscriptions
{
    public static readonly DataKey<IReadOnlyList<string>> Selected = new("azure.subscriptions");

    /// <summary>How many subscriptions one step reads at once.</summary>
    public const int Parallelism = 4;

    public static IReadOnlyList<string> Of(StepContext context) =>
        context.JobState.TryGetData(Selected, out var ids) ? ids : [];

    /// <summary>
    /// Runs <paramref name="work"/> for each subscription. A subscription the app may not read (403) does not stop
    /// the others: the first such refusal is rethrown once every subscription has been visited, so the runner
    /// still records the missing permission and marks the step partial.
    /// </summary>
    public static async Task ForEachAsync(StepContext context, Func<string, CancellationToken, Task> work,
        CancellationToken cancellationToken)
    {
        ProviderAuthorizationException? refused = null;
        await Parallel.ForEachAsync(Of(context),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (id, ct) =>
            {
                try
                {
                    await work(id, ct);
                }
                catch (ProviderAuthorizationException e)
                {
                    Interlocked.CompareExchange(ref refused, e, null);
                }
            });
        if (refused is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(refused);
        }
    }
}
