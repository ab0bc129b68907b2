using System.Text.Json;
using TenantGraph.Core.Graph;

namespace TenantGraph.Store;

/// <summary>The <c>mapping</c> column: a mapped relationship's <c>_mapping</c> object as JupiterOne writes it.</summary>
internal static class StoredMappingJson
{
    public static void Write(Utf8JsonWriter writer, RelationshipMapping mapping)
    {
        writer.WriteStartObject();
        writer.WriteString("relationshipDirection", mapping.Direction.ToWire());
        writer.WriteString("sourceEntityKey", mapping.SourceEntityKey);
        writer.WriteStartArray("targetFilterKeys");
        foreach (var set in mapping.TargetFilterKeys)
        {
            writer.WriteStartArray();
            foreach (var name in set)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("targetEntity");
        GraphObjectEncoder.WriteSorted(writer, mapping.TargetEntity);
        if (mapping.SkipTargetCreation is { } skip)
        {
            writer.WriteBoolean("skipTargetCreation", skip);
        }

        writer.WriteEndObject();
    }

    public static RelationshipMapping Read(JsonElement element)
    {
        var target = new PropertyBag();
        foreach (var property in element.GetProperty("targetEntity").EnumerateObject())
        {
            target.Set(property.Name, StoredValueJson.Read(property.Value));
        }

        var filterKeys = element.GetProperty("targetFilterKeys").EnumerateArray()
            .Select(set => (IReadOnlyList<string>)set.EnumerateArray().Select(k => k.GetString() ?? string.Empty).ToArray())
            .ToArray();
        bool? skip = element.TryGetProperty("skipTargetCreation", out var s) ? s.GetBoolean() : null;
        return new RelationshipMapping(
            RelationshipDirectionText.Parse(element.GetProperty("relationshipDirection").GetString() ?? string.Empty),
            element.GetProperty("sourceEntityKey").GetString() ?? string.Empty,
            filterKeys, target, skip);
    }
}
