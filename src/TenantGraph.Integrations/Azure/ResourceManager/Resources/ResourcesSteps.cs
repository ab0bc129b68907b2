using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Resources;

/// <summary>
/// The two steps every other Resource Manager step stands on: which subscriptions are read, and their resource
/// groups (published as <see cref="ResourceGroupIndex"/> for <see cref="ResourceGroupEdges"/>).
/// </summary>
internal static class ResourcesSteps
{
    public const string RmSubscriptions = "rm-subscriptions";
    public const string RmResourcesResourceGroups = "rm-resources-resource-groups";

    public static readonly StepDefinition Subscriptions = new(
        Id: RmSubscriptions, Name: "Subscriptions",
        Entities: [ResourcesTypes.Subscription],
        Relationships: [],
        DependsOn: [],
        Permissions: ["Microsoft.Resources/subscriptions/read"],
        Handler: FetchSubscriptionsAsync);

    public static readonly StepDefinition ResourceGroups = new(
        Id: RmResourcesResourceGroups, Name: "Resource Groups",
        Entities: [ResourcesTypes.ResourceGroup],
        Relationships: [ResourcesTypes.SubscriptionHasResourceGroup],
        DependsOn: [RmSubscriptions],
        Permissions: ["Microsoft.Resources/subscriptions/resourceGroups/read"],
        Handler: FetchResourceGroupsAsync);

    public static IReadOnlyList<StepDefinition> All { get; } = [Subscriptions, ResourceGroups];

    /// <summary>
    /// With a list, each configured subscription is read by id (HEAD's <c>rm-subscription</c>); with <c>*</c>, every
    /// visible subscription, all pages (SEED's listing). A configured subscription the app cannot see is named
    /// in the step's failure after the others are published, so their resources are still read.
    /// </summary>
    private static async Task FetchSubscriptionsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new ResourcesClient(context);
        var selection = instance.Options.Subscriptions;
        var selected = new List<string>();
        var missing = new List<string>();
        if (selection.All)
        {
            await foreach (var subscription in client.ListSubscriptionsAsync(cancellationToken))
            {
                Add(subscription);
            }
        }

        foreach (var id in selection.Ids.Where(id => !selected.Contains(id, StringComparer.OrdinalIgnoreCase)))
        {
            if (await client.GetSubscriptionAsync(id, cancellationToken) is { } subscription)
            {
                Add(subscription);
            }
            else
            {
                missing.Add(id);
            }
        }

        context.JobState.SetData(Shared.Subscriptions.Selected, selected);
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Subscription {string.Join(", ", missing)} could not be found in directory {instance.TenantId}; check the subscription id and that the app has the Reader role on it.");
        }

        void Add(Core.Graph.ApiObject<Subscription> subscription)
        {
            AzureEntities.Add(context, SubscriptionConverter.ToEntity(subscription, instance.Links));
            selected.Add(subscription.Value.SubscriptionId);
        }
    }

    private static async Task FetchResourceGroupsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var instance = context.Services.Get<AzureInstance>();
        var client = new ResourcesClient(context);
        // Published first: a step that fails half-way still leaves the groups it read for the edges of later steps.
        var index = new ResourceGroupIndex();
        context.JobState.SetData(ResourceGroupIndex.Key, index);
        await Shared.Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var group in client.ListResourceGroupsAsync(subscriptionId, ct))
            {
                var entity = ResourceGroupConverter.ToEntity(group, instance.Links);
                AzureEntities.Add(context, entity);
                index.Add(entity.Key);
                context.JobState.AddRelationship(ResourcesTypes.SubscriptionHasResourceGroup.Create(
                    ResourcesTypes.SubscriptionKey(subscriptionId), entity.Key));
            }
        }, cancellationToken);
    }
}
