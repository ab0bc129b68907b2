using TenantGraph.Core.DataModel;
using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Microsoft365;

/// <summary>
/// Upstream assigns <c>undefined</c> for absent values, which JSON drops; the port assigns null. Null stays where the
/// data model allows it (and where a class requires the key, as Device does), and is removed where a class types the
/// property as non-nullable, so an unknown value never makes an entity invalid.
/// </summary>
internal static class EntityNulls
{
    public static Entity DropRefused(Entity entity)
    {
        foreach (var error in EntityValidator.Validate(entity))
        {
            if (entity.Properties.TryGetValue(error.Property, out var value) && value is null)
            {
                entity.Properties.Remove(error.Property);
            }
        }

        return entity;
    }
}
