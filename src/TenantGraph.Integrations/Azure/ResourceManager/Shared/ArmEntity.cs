using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>
/// The finishing touches every ARM entity gets after its family's <c>EntityMap.Build</c>: the portal
/// <c>webLink</c> of its id and its ARM tags (<see cref="AzureTags"/>).
/// </summary>
/// <remarks>
/// Converters keep a <c>static readonly EntityMap</c> (a table, no per-instance state) and end with
/// <c>ArmEntity.Complete(Map.Build(x), links, x.Value.Tags, "environment")</c>.
/// </remarks>
internal static class ArmEntity
{
    public static Entity Complete(Entity entity, PortalLinks links, IReadOnlyDictionary<string, string?>? tags,
        params string[] tagProperties)
    {
        if (links.For(entity.Properties.GetString("id") ?? entity.Key) is { } link)
        {
            entity.Properties.Set("webLink", link);
        }

        AzureTags.Apply(entity, tags, tagProperties);
        return entity;
    }
}
