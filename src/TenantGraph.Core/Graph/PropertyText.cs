using System.Globalization;

namespace TenantGraph.Core.Graph;

/// <summary>Property values as text, the way JavaScript's template strings print them (keys, tables, CSV).</summary>
public static class PropertyText
{
    public static string Format(object? value) => value switch
    {
        null => "undefined",
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        Array a => string.Join(',', a.Cast<object?>().Select(Format)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
