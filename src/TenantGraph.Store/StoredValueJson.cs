using System.Text.Json;

namespace TenantGraph.Store;

/// <summary>
/// A stored JSON value as a property value: integers as long, other numbers as double, arrays typed by their
/// elements. Kept here rather than calling <c>GraphObjectJson.ReadValue</c>, whose
/// <c>TryGetInt64(out var l) ? l : GetDouble()</c> types the conditional as double and so reads every integer back
/// as a double.
/// </summary>
internal static class StoredValueJson
{
    public static object? Read(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => Number(value),
        JsonValueKind.Array => ReadArray(value),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => throw new JsonException("Nested objects are not allowed as property values."),
    };

    // Each branch boxes on its own: a conditional of long and double would be typed double.
    private static object Number(JsonElement value) =>
        value.TryGetInt64(out var whole) ? (object)whole : value.GetDouble();

    private static object ReadArray(JsonElement array)
    {
        var items = array.EnumerateArray().Where(i => i.ValueKind != JsonValueKind.Null).ToList();
        if (items.Count == 0)
        {
            return Array.Empty<string>();
        }

        return items[0].ValueKind switch
        {
            JsonValueKind.String => items.Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() ?? string.Empty : i.GetRawText()).ToArray(),
            JsonValueKind.True or JsonValueKind.False => items.Select(i => i.ValueKind == JsonValueKind.True).ToArray(),
            JsonValueKind.Number when items.All(i => i.TryGetInt64(out _)) => items.Select(i => i.GetInt64()).ToArray(),
            JsonValueKind.Number => items.Select(i => i.GetDouble()).ToArray(),
            _ => throw new JsonException("Arrays of objects are not allowed as property values."),
        };
    }
}
