using System.Globalization;
using System.Text.Json;

namespace TenantGraph.Emulator.Serving;

/// <summary>
/// The part of OData <c>$filter</c> collectors use: <c>eq</c>, <c>ne</c>, <c>and</c>, <c>or</c>, <c>not</c>,
/// parentheses and <c>startswith</c>/<c>endswith</c> over top-level or slash-separated fields.
/// </summary>
internal abstract class ODataFilter
{
    /// <summary>True when the filter needs Graph's advanced query mode on directory objects.</summary>
    public abstract bool IsAdvanced { get; }

    public abstract bool Matches(JsonElement item);

    /// <exception cref="FormatException">The clause is outside the supported subset.</exception>
    public static ODataFilter Parse(string text) => new ODataFilterParser(text).ParseAll();

    internal static JsonElement? Field(JsonElement item, string path)
    {
        var current = item;
        foreach (var name in path.Split('/'))
        {
            if (current.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            JsonElement? found = null;
            foreach (var property in current.EnumerateObject())
            {
                if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    found = property.Value;
                    break;
                }
            }

            if (found is not { } next)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    internal static bool ValueEquals(JsonElement? field, object? literal) => (field, literal) switch
    {
        (null, null) => true,
        ({ ValueKind: JsonValueKind.Null }, null) => true,
        (null, _) or (_, null) => false,
        ({ ValueKind: JsonValueKind.String } f, string s) => string.Equals(f.GetString(), s, StringComparison.OrdinalIgnoreCase),
        ({ ValueKind: JsonValueKind.True }, bool b) => b,
        ({ ValueKind: JsonValueKind.False }, bool b) => !b,
        ({ ValueKind: JsonValueKind.Number } f, decimal d) => f.GetDecimal() == d,
        ({ ValueKind: JsonValueKind.Number } f, string s) => f.GetRawText() == s,
        _ => false,
    };

    internal sealed class Comparison(string field, bool negate, object? literal) : ODataFilter
    {
        public override bool IsAdvanced => negate;

        public override bool Matches(JsonElement item) => ValueEquals(Field(item, field), literal) != negate;
    }

    internal sealed class StringFunction(string function, string field, string literal) : ODataFilter
    {
        public override bool IsAdvanced => function == "endswith";

        public override bool Matches(JsonElement item) =>
            Field(item, field) is { ValueKind: JsonValueKind.String } value && (function == "startswith"
                ? (value.GetString() ?? string.Empty).StartsWith(literal, StringComparison.OrdinalIgnoreCase)
                : (value.GetString() ?? string.Empty).EndsWith(literal, StringComparison.OrdinalIgnoreCase));
    }

    internal sealed class Logical(bool isAnd, ODataFilter left, ODataFilter right) : ODataFilter
    {
        public override bool IsAdvanced => left.IsAdvanced || right.IsAdvanced;

        public override bool Matches(JsonElement item) =>
            isAnd ? left.Matches(item) && right.Matches(item) : left.Matches(item) || right.Matches(item);
    }

    internal sealed class Not(ODataFilter inner) : ODataFilter
    {
        public override bool IsAdvanced => true;

        public override bool Matches(JsonElement item) => !inner.Matches(item);
    }

    internal static object? ParseLiteral(string token) => token switch
    {
        "null" => null,
        "true" => true,
        "false" => false,
        _ when token.StartsWith('\'') => token[1..^1].Replace("''", "'", StringComparison.Ordinal),
        _ when decimal.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
        _ => token,
    };
}
