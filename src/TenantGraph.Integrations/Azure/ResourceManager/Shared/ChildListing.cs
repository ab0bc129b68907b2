using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>
/// How a step that lists child resources (a namespace's queues, a registry's webhooks) visits its parents: every
/// collected entity of the parent type, all subscriptions at once and each subscription's parents through
/// <see cref="ResourceFanOut"/>, so every subscription uses its own budget. As with
/// <see cref="Subscriptions.ForEachAsync"/>, a parent whose children the app may not read (403) does not stop the
/// others; the first refusal is rethrown once every parent has been visited, so the runner records the missing
/// permission and marks the step partial.
/// </summary>
/// <remarks>
/// <c>await ChildListing.ForEachParentAsync(context, MyTypes.Parent.Type, async (parentKey, ct) => …, ct)</c>. Only
/// the parents' keys are held, and they are read before any child is added, so the work may add entities freely.
/// </remarks>
internal static class ChildListing
{
    public static Task ForEachParentAsync(StepContext context, string parentType, Func<string, CancellationToken, Task> work,
        CancellationToken cancellationToken)
    {
        var bySubscription = context.JobState.IterateEntities(parentType)
            .Select(parent => parent.Key)
            .ToLookup(key => ResourceId.Parse(key).SubscriptionId ?? string.Empty, StringComparer.OrdinalIgnoreCase);
        return ResourceFanOut.RunAsync(bySubscription, bySubscription.Count,
            (parents, ct) => ResourceFanOut.ForEachAsync(parents, work, ct), cancellationToken);
    }
}
