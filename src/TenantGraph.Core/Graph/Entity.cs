namespace TenantGraph.Core.Graph;

/// <summary>
/// A node of the graph in JupiterOne's shape: <c>_key</c>, <c>_type</c>, <c>_class</c> and flat properties
/// (primitives and arrays of primitives; timestamps as epoch milliseconds). Properties keep insertion order
/// because JupiterOne's files are written in that order.
/// </summary>
public sealed class Entity
{
    public Entity(string key, string type, IReadOnlyList<string> classes, PropertyBag properties, string? rawData = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(type);
        if (classes.Count == 0)
        {
            throw new ArgumentException("An entity needs at least one class.", nameof(classes));
        }

        Key = key;
        Type = type;
        Classes = classes;
        Properties = properties;
        RawData = rawData;
    }

    public string Key { get; }

    public string Type { get; }

    public IReadOnlyList<string> Classes { get; }

    /// <summary>Every property other than <c>_key</c>, <c>_type</c>, <c>_class</c> and <c>_rawData</c>.</summary>
    public PropertyBag Properties { get; }

    /// <summary>The provider's JSON for this object (JupiterOne's <c>_rawData</c> entry named "default"), when kept.</summary>
    public string? RawData { get; }

    public string? DisplayName => Properties.GetString("displayName");
}
