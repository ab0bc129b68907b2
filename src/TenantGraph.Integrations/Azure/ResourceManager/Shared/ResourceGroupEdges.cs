using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>
/// <c>azure_resource_group HAS &lt;resource&gt;</c>, the edge almost every ARM fetch step adds (graph-azure's
/// <c>createResourceGroupResourceRelationship</c>, azure-spec §2.3).
/// </summary>
/// <remarks>
/// How a family uses it:
/// <list type="number">
/// <item>declare <c>ResourceGroupEdges.Has(MyTypes.Thing)</c> in the step's <c>Relationships</c>;</item>
/// <item>put <see cref="ResourcesSteps.RmResourcesResourceGroups"/> in its <c>DependsOn</c>;</item>
/// <item>after adding the entity call <see cref="TryAdd"/>. A resource whose group was not collected (deleted
/// meanwhile, or the group listing was denied) gets no edge: that is logged, never a failure (CHANGELOG 5.4.1).</item>
/// </list>
/// The group is found case-insensitively; the edge's <c>_fromEntityKey</c> is the group's key as stored.
/// </remarks>
internal static class ResourceGroupEdges
{
    /// <summary>The declaration for a step's <c>Relationships</c>; <c>_type</c> by the SDK rule (<c>azure_resource_group_has_vm</c>).</summary>
    public static RelationshipMetadata Has(EntityMetadata resource) =>
        RelationshipMetadata.Direct(ResourcesTypes.ResourceGroup, RelationshipClass.Has, resource);

    /// <summary>Adds the group HAS resource edge when the group was collected; returns whether it did.</summary>
    public static bool TryAdd(StepContext context, Entity resource)
    {
        if (!context.JobState.TryGetData(ResourceGroupIndex.Key, out var index)
            || !ResourceId.TryParse(resource.Key, out var id)
            || index.GroupKeyOf(id) is not { } groupKey)
        {
            AzureLog.MissingResourceGroup(context.Logger, context.StepId, resource.Key);
            return false;
        }

        var edge = Relationship.Direct(RelationshipClass.Has, ResourcesTypes.ResourceGroup.Type, groupKey, resource.Type, resource.Key);
        if (context.JobState.HasKey(edge.Key))
        {
            return true;
        }

        context.JobState.AddRelationship(edge);
        return true;
    }
}
