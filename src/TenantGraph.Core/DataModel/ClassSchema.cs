namespace TenantGraph.Core.DataModel;

/// <summary>A data-model class with everything it inherits: required names and declared properties.</summary>
public sealed class ClassSchema
{
    internal ClassSchema(string name, string? parent, IReadOnlyList<string> required,
        IReadOnlyDictionary<string, PropertySchema> properties)
    {
        Name = name;
        Parent = parent;
        Required = required;
        Properties = properties;
    }

    public string Name { get; }

    public string? Parent { get; }

    /// <summary>Properties that must be present (some may still be null, as their type allows).</summary>
    public IReadOnlyList<string> Required { get; }

    internal IReadOnlyDictionary<string, PropertySchema> Properties { get; }

    public IEnumerable<string> PropertyNames => Properties.Keys;
}
