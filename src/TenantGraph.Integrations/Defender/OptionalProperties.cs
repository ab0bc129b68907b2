using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Defender;

/// <summary>
/// The reference leaves some properties out when their source is missing rather than writing null; the data
/// model also refuses null for non-nullable ones (RecordEntity <c>updatedOn</c>). EntityMap keeps assigned nulls,
/// so converters remove these afterwards.
/// </summary>
internal static class OptionalProperties
{
    public static Entity RemoveWhenNull(Entity entity, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (entity.Properties.TryGetValue(name, out var value) && value is null or "")
            {
                entity.Properties.Remove(name);
            }
        }

        return entity;
    }
}
