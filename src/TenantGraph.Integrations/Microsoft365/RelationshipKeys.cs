using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Microsoft365;

/// <summary>Relationships of a declared type whose <c>_key</c> upstream builds its own way (spec A6.1).</summary>
internal static class RelationshipKeys
{
    public static Relationship CreateWithKey(this RelationshipMetadata metadata, string fromKey, string toKey, string key,
        PropertyBag? properties = null) =>
        Relationship.Direct(metadata.Class, metadata.SourceType, fromKey, metadata.TargetType, toKey, metadata.Type, key, properties);
}
