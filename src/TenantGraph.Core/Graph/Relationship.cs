namespace TenantGraph.Core.Graph;

/// <summary>
/// An edge of the graph. A direct relationship joins two entity keys; a mapped one carries a
/// <see cref="RelationshipMapping"/> that JupiterOne resolves to a target it may create. Properties are flat
/// primitives (arrays are not allowed on relationships) and include <c>displayName</c>.
/// </summary>
public sealed class Relationship
{
    private Relationship(string key, string type, RelationshipClass relationshipClass, string? fromKey, string? toKey,
        RelationshipMapping? mapping, PropertyBag properties)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(type);
        Key = key;
        Type = type;
        Class = relationshipClass;
        FromKey = fromKey;
        ToKey = toKey;
        Mapping = mapping;
        Properties = properties;
    }

    public string Key { get; }

    public string Type { get; }

    public RelationshipClass Class { get; }

    /// <summary><c>_fromEntityKey</c>; null for a mapped relationship.</summary>
    public string? FromKey { get; }

    /// <summary><c>_toEntityKey</c>; null for a mapped relationship.</summary>
    public string? ToKey { get; }

    public RelationshipMapping? Mapping { get; }

    public PropertyBag Properties { get; }

    public bool IsMapped => Mapping is not null;

    /// <summary>
    /// <c>createDirectRelationship</c>: key <c>from|verb|to</c>, type by the SDK rule unless given (a seed may fix
    /// an irregular one), displayName the upper-case verb. Arrays are dropped from properties as the SDK's
    /// relationship schema refuses them.
    /// </summary>
    public static Relationship Direct(RelationshipClass relationshipClass, string fromType, string fromKey, string toType,
        string toKey, string? type = null, string? key = null, PropertyBag? properties = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(fromKey);
        ArgumentException.ThrowIfNullOrEmpty(toKey);
        var bag = new PropertyBag();
        bag.Set("displayName", relationshipClass.ToVerb());
        CopyPrimitives(properties, bag);
        return new Relationship(
            key ?? $"{fromKey}|{relationshipClass.ToKeyVerb()}|{toKey}",
            type ?? RelationshipVerbs.GenerateRelationshipType(relationshipClass, fromType, toType),
            relationshipClass, fromKey, toKey, null, bag);
    }

    /// <summary>
    /// <c>createMappedRelationship</c>: the key uses the target's <c>_key</c> when it has one, otherwise the
    /// direction followed by every filter-key set's values (<c>a|has|REVERSE:k=v:k2=v2</c>); the type is
    /// generated from the pseudo source type <c>mapping_source</c> unless given.
    /// </summary>
    public static Relationship Mapped(RelationshipClass relationshipClass, RelationshipMapping mapping,
        string? type = null, string? key = null, PropertyBag? properties = null)
    {
        var targetType = mapping.TargetEntity.GetString("_type")
            ?? throw new ArgumentException("A mapped relationship's target needs a _type.", nameof(mapping));
        var bag = new PropertyBag();
        bag.Set("displayName", relationshipClass.ToVerb());
        CopyPrimitives(properties, bag);
        return new Relationship(
            key ?? $"{mapping.SourceEntityKey}|{relationshipClass.ToKeyVerb()}|{MappedTargetKey(mapping)}",
            type ?? RelationshipVerbs.GenerateRelationshipType(relationshipClass, "mapping_source", targetType),
            relationshipClass, null, null, mapping, bag);
    }

    /// <summary>Reads a relationship back from its stored parts without re-deriving key or type.</summary>
    public static Relationship Restore(string key, string type, RelationshipClass relationshipClass, string? fromKey,
        string? toKey, RelationshipMapping? mapping, PropertyBag properties) =>
        new(key, type, relationshipClass, fromKey, toKey, mapping, properties);

    private static string MappedTargetKey(RelationshipMapping mapping)
    {
        if (mapping.TargetEntity.GetString("_key") is { } targetKey)
        {
            return targetKey;
        }

        var text = new System.Text.StringBuilder(mapping.Direction.ToWire());
        foreach (var name in mapping.TargetFilterKeys.SelectMany(set => set))
        {
            text.Append(':').Append(name).Append('=').Append(PropertyText.Format(mapping.TargetEntity[name]));
        }

        return text.ToString();
    }

    private static void CopyPrimitives(PropertyBag? source, PropertyBag target)
    {
        if (source is null)
        {
            return;
        }

        foreach (var (name, value) in source)
        {
            if (value is not Array)
            {
                target.Set(name, value);
            }
        }
    }
}
