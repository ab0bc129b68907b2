using TenantGraph.Core.Errors;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>
/// How a step that lists child resources (a namespace's queues, a registry's webhooks) visits its parents: every
/// collected entity of the parent type, a few at a time. As with <see cref="Subscriptions.ForEachAsync"/>, a
/// parent whose children the app may not read (403) does not stop the others; the first refusal is rethrown
/// once every parent has been visited, so the runner records the missing permission and marks the step partial.
/// </summary>
/// <remarks>
/// <c>await ChildListing.ForEachParentAsync(context, MyTypes.Parent.Type, async (parent, ct) => …, ct)</c>. The
/// parents are read before any child is added, so the work may add entities freely.
/// </remarks>
internal static class ChildListing
{
    public const int Parallelism = 4;

    public static Task ForEachParentAsync(StepContext context, string parentType, Func<string, CancellationToken, Task> work,
        CancellationToken cancellationToken) =>
        ForEachParentEntityAsync(context, parentType, (parent, ct) => work(parent.Key, ct), cancellationToken);

    public static async Task ForEachParentEntityAsync(StepContext context, string parentType, Func<Entity, CancellationToken, Task> work,
        CancellationToken cancellationToken)
    {
        var parents = context.JobState.IterateEntities(parentType).ToArray();
        ProviderAuthorizationException? refused = null;
        await Parallel.ForEachAsync(parents,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (parent, ct) =>
            {
                try
                {
                    await work(parent, ct);
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
