namespace TenantGraph.Emulator.Serving;

/// <summary>The query string of a call: OData options by name (case-insensitive, with or without <c>$</c>) plus the raw pairs.</summary>
internal sealed class ODataQuery
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public ODataQuery(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        Pairs = [.. pairs];
        foreach (var (key, value) in Pairs)
        {
            _values[key.TrimStart('$')] = value;
        }
    }

    public IReadOnlyList<KeyValuePair<string, string>> Pairs { get; }

    public static ODataQuery Parse(string? queryString)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in (queryString ?? string.Empty).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString((equals < 0 ? part : part[..equals]).Replace('+', ' '));
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(part[(equals + 1)..].Replace('+', ' '));
            pairs.Add(new(key, value));
        }

        return new ODataQuery(pairs);
    }

    public string? this[string name] => _values.GetValueOrDefault(name);

    public IReadOnlyList<string>? Select => SplitList(this["select"]);

    public IReadOnlyList<string>? Expand => SplitList(this["expand"]);

    public bool Count => string.Equals(this["count"], "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The query string again, minus the named options, for building next and delta links.</summary>
    public string Without(params string[] names)
    {
        var kept = Pairs.Where(p => !names.Contains(p.Key.TrimStart('$'), StringComparer.OrdinalIgnoreCase));
        return string.Join('&', kept.Select(p => Uri.EscapeDataString(p.Key) + (p.Value.Length > 0 || p.Key.StartsWith('$') ? "=" + Uri.EscapeDataString(p.Value) : string.Empty)));
    }

    private static string[]? SplitList(string? value) =>
        value is null ? null : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
