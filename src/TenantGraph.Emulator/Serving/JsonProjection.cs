using System.Text.Json;

namespace TenantGraph.Emulator.Serving;

/// <summary>Writes stored objects with <c>$select</c> applied (keeping <c>id</c> and <c>@odata.*</c>) and expansions appended.</summary>
internal static class JsonProjection
{
    public static void Write(Utf8JsonWriter writer, byte[] utf8, IReadOnlyList<string>? select, IReadOnlyDictionary<string, IReadOnlyList<byte[]>>? expanded = null)
    {
        if (select is null && (expanded is null || expanded.Count == 0))
        {
            writer.WriteRawValue(utf8, skipInputValidation: true);
            return;
        }

        using var document = JsonDocument.Parse(utf8);
        writer.WriteStartObject();
        WriteProperties(writer, document.RootElement, select);
        foreach (var (name, items) in expanded ?? new Dictionary<string, IReadOnlyList<byte[]>>())
        {
            writer.WriteStartArray(name);
            foreach (var item in items)
            {
                writer.WriteRawValue(item, skipInputValidation: true);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    public static void WriteProperties(Utf8JsonWriter writer, JsonElement item, IReadOnlyList<string>? select)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (select is null || property.Name == "id" || property.Name.StartsWith("@odata.", StringComparison.Ordinal)
                || select.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                property.WriteTo(writer);
            }
        }
    }
}
