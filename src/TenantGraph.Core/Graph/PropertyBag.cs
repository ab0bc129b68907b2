namespace TenantGraph.Core.Graph;

/// <summary>
/// The flat property map of a graph object, in insertion order. Values are limited to what JupiterOne
/// accepts: null, string, long, double, bool, and arrays of those; anything else is refused when it is set,
/// so a nested object can never reach the output or the store. An explicit null is kept, as JupiterOne keeps
/// assigned nulls (the data model requires some properties to be present even when unknown).
/// </summary>
public sealed class PropertyBag : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly OrderedDictionary<string, object?> _values;

    public PropertyBag()
    {
        _values = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
    }

    public PropertyBag(int capacity)
    {
        _values = new OrderedDictionary<string, object?>(capacity, StringComparer.Ordinal);
    }

    public int Count => _values.Count;

    public object? this[string name]
    {
        get => _values.TryGetValue(name, out var value) ? value : null;
        set => Set(name, value);
    }

    public void Set(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _values[name] = PropertyValues.Normalize(name, value);
    }

    public bool Contains(string name) => _values.ContainsKey(name);

    public bool TryGetValue(string name, out object? value) => _values.TryGetValue(name, out value);

    public string? GetString(string name) => this[name] as string;

    public bool Remove(string name) => _values.Remove(name);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
