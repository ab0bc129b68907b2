using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>
/// The subscriptions this run reads, published by <c>rm-subscriptions</c> (the configured ones, or every visible
/// one), and the way a step visits them: <see cref="ForEachAsync"/> runs the per-subscription work for every
/// subscription at once. ARM budgets reads per subscription (and the client paces and gates each subscription on
/// its own), so no subscription waits for another; within one, <see cref="ResourceFanOut"/> spreads per-resource
/// reads up to what its budget allows.
/// </summary>
/// <remarks>
/// Every ARM step depends (directly or through <c>rm-resources-resource-groups</c>) on <c>rm-subscriptions</c>
/// and lists per subscription: <c>await Subscriptions.ForEachAsync(context, (subscriptionId, ct) => …, ct)</c>.
/// Work for different subscriptions must not add the same key (ids carry the subscription, so it does not).
/// </remarks>
internal static class Subscriptions
{
    public static readonly DataKey<IReadOnlyList<string>> Selected = new("azure.subscriptions");

    public static IReadOnlyList<string> Of(StepContext context) =>
        context.JobState.TryGetData(Selected, out var ids) ? ids : [];

    /// <summary>
    /// Runs <paramref name="work"/> for each subscription. A subscription the app may not read (403) does not stop
    /// the others: the first such refusal is rethrown once every subscription has been visited, so the runner
    /// still records the missing permission and marks the step partial.
    /// </summary>
    public static Task ForEachAsync(StepContext context, Func<string, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var subscriptions = Of(context);
        return ResourceFanOut.RunAsync(subscriptions, subscriptions.Count, work, cancellationToken);
    }
}
