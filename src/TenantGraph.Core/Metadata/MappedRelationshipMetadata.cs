using TenantGraph.Core.Graph;

namespace TenantGraph.Core.Metadata;

/// <summary>
/// A mapped relationship type a step declares. The <c>_type</c> follows the SDK rule with the real source
/// type (as the integrations pass it), unless a seed fixes another.
/// </summary>
public sealed record MappedRelationshipMetadata(
    string SourceType, RelationshipClass Class, string TargetType, RelationshipDirection Direction, string Type)
{
    public bool Partial { get; init; }

    public static MappedRelationshipMetadata Create(string sourceType, RelationshipClass relationshipClass,
        string targetType, RelationshipDirection direction, string? type = null) =>
        new(sourceType, relationshipClass, targetType, direction,
            type ?? RelationshipVerbs.GenerateRelationshipType(relationshipClass, sourceType, targetType));

    /// <summary>Builds a mapped relationship of this type from a source entity to a target described by its properties.</summary>
    public Relationship Create(string sourceKey, PropertyBag targetEntity, IReadOnlyList<IReadOnlyList<string>> targetFilterKeys,
        bool? skipTargetCreation = null, PropertyBag? properties = null)
    {
        if (!targetEntity.Contains("_type"))
        {
            targetEntity.Set("_type", TargetType);
        }

        var mapping = new RelationshipMapping(Direction, sourceKey, targetFilterKeys, targetEntity, skipTargetCreation);
        return Relationship.Mapped(Class, mapping, Type, properties: properties);
    }
}
