using TenantGraph.Core.Graph;

namespace TenantGraph.Core.Metadata;

/// <summary>A direct relationship type a step declares: source type, verb, target type and the computed <c>_type</c>.</summary>
public sealed record RelationshipMetadata(string SourceType, RelationshipClass Class, string TargetType, string Type)
{
    public bool Partial { get; init; }

    /// <summary>The <c>_type</c> follows the SDK rule unless a seed fixes an irregular one (pass it, and cite the seed).</summary>
    public static RelationshipMetadata Direct(EntityMetadata source, RelationshipClass relationshipClass,
        EntityMetadata target, string? type = null) =>
        Direct(source.Type, relationshipClass, target.Type, type);

    public static RelationshipMetadata Direct(string sourceType, RelationshipClass relationshipClass, string targetType,
        string? type = null) =>
        new(sourceType, relationshipClass, targetType,
            type ?? RelationshipVerbs.GenerateRelationshipType(relationshipClass, sourceType, targetType));

    /// <summary>Builds a relationship of this type between two entities.</summary>
    public Relationship Create(string fromKey, string toKey, PropertyBag? properties = null) =>
        Relationship.Direct(Class, SourceType, fromKey, TargetType, toKey, Type, properties: properties);
}
