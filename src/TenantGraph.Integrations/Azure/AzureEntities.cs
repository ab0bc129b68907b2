using TenantGraph.Core.DataModel;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Azure;

/// <summary>
/// How Azure steps add entities. Converters read optional API fields with <c>?.</c>, so a missing field arrives as
/// null; the reference leaves such properties undefined (absent), and the data model refuses null for most typed
/// properties. A null is therefore kept only for a property one of the entity's classes requires (such as
/// <c>classification</c> on a DataStore, or a Host's device fields), where the data model allows it.
/// </summary>
/// <remarks>Every Azure handler adds entities through <see cref="Add"/>, never <c>JobState.AddEntity</c> directly.</remarks>
internal static class AzureEntities
{
    public static void Add(StepContext context, Entity entity)
    {
        DropAbsent(entity);
        context.JobState.AddEntity(entity);
    }

    public static void DropAbsent(Entity entity)
    {
        var required = entity.Classes.SelectMany(c => DataModelSchemas.Get(c).Required).ToHashSet(StringComparer.Ordinal);
        foreach (var name in entity.Properties.Where(p => p.Value is null && !required.Contains(p.Key)).Select(p => p.Key).ToArray())
        {
            entity.Properties.Remove(name);
        }
    }
}
