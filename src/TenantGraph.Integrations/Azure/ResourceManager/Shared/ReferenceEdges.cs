using TenantGraph.Core.Metadata;
using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>
/// Edges toward resources another resource names by id (a security group's interfaces, a VM's disks). The
/// reference often emitted them from the id alone and left dangling edges; here an edge is made only when the
/// named resource was collected, found case-insensitively (CHANGELOG 5.15.0), and made once (duplicate keys
/// crashed the reference, CHANGELOG 4.0.1/5.36.2). The step must depend on the step that collects the target.
/// </summary>
internal static class ReferenceEdges
{
    /// <summary>An edge to a referenced resource, made only when that resource was collected (keys matched case-insensitively).</summary>
    public static void To(StepContext context, RelationshipMetadata metadata, string fromKey, string toId, string reference,
        Core.Graph.PropertyBag? properties = null)
    {
        if (context.JobState.FindEntity(toId) is not { } target || target.Type != metadata.TargetType)
        {
            AzureLog.ReferenceNotCollected(context.Logger, context.StepId, reference, toId);
            return;
        }

        var edge = metadata.Create(fromKey, target.Key, properties);
        if (!context.JobState.HasKey(edge.Key))
        {
            context.JobState.AddRelationship(edge);
        }
    }

    /// <summary>As <see cref="To"/>, for an edge whose source is the referenced resource.</summary>
    public static void From(StepContext context, RelationshipMetadata metadata, string fromId, string toKey, string reference,
        Core.Graph.PropertyBag? properties = null)
    {
        if (context.JobState.FindEntity(fromId) is not { } source || source.Type != metadata.SourceType)
        {
            AzureLog.ReferenceNotCollected(context.Logger, context.StepId, reference, fromId);
            return;
        }

        var edge = metadata.Create(source.Key, toKey, properties);
        if (!context.JobState.HasKey(edge.Key))
        {
            context.JobState.AddRelationship(edge);
        }
    }
}
