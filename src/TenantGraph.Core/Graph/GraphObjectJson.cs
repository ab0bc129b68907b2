using System.Text.Encodings.Web;
using System.Text.Json;

namespace TenantGraph.Core.Graph;

/// <summary>
/// Entities and relationships as JupiterOne writes them: reserved fields first, then properties in insertion
/// order; mapped relationships with <c>_mapping</c>. The one place graph objects become JSON and back, shared
/// by the collect output, the stores and import.
/// </summary>
public static class GraphObjectJson
{
    /// <summary>Text escaped as JavaScript's JSON.stringify escapes it (the SDK's files), not HTML-safe.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteEntity(Utf8JsonWriter writer, Entity entity, bool includeRawData = true)
    {
        writer.WriteStartObject();
        writer.WriteString("_key", entity.Key);
        writer.WriteString("_type", entity.Type);
        writer.WriteStartArray("_class");
        foreach (var c in entity.Classes)
        {
            writer.WriteStringValue(c);
        }

        writer.WriteEndArray();
        WriteProperties(writer, entity.Properties);
        if (includeRawData && entity.RawData is not null)
        {
            writer.WriteStartArray("_rawData");
            writer.WriteStartObject();
            writer.WriteString("name", "default");
            writer.WritePropertyName("rawData");
            writer.WriteRawValue(entity.RawData, skipInputValidation: true);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    public static void WriteRelationship(Utf8JsonWriter writer, Relationship relationship)
    {
        writer.WriteStartObject();
        writer.WriteString("_key", relationship.Key);
        writer.WriteString("_type", relationship.Type);
        writer.WriteString("_class", relationship.Class.ToVerb());
        if (relationship.Mapping is { } mapping)
        {
            writer.WritePropertyName("_mapping");
            WriteMapping(writer, mapping);
        }
        else
        {
            writer.WriteString("_fromEntityKey", relationship.FromKey);
            writer.WriteString("_toEntityKey", relationship.ToKey);
        }

        WriteProperties(writer, relationship.Properties);
        writer.WriteEndObject();
    }

    public static void WriteProperties(Utf8JsonWriter writer, PropertyBag properties)
    {
        foreach (var (name, value) in properties)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case Array array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Unsupported property value type {value.GetType().Name}.", nameof(value));
        }
    }

    public static Entity ReadEntity(JsonElement element)
    {
        string? key = null, type = null, rawData = null;
        var classes = new List<string>();
        var properties = new PropertyBag();
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "_key": key = property.Value.GetString(); break;
                case "_type": type = property.Value.GetString(); break;
                case "_class":
                    if (property.Value.ValueKind == JsonValueKind.Array)
                    {
                        classes.AddRange(property.Value.EnumerateArray().Select(c => c.GetString() ?? string.Empty));
                    }
                    else
                    {
                        classes.Add(property.Value.GetString() ?? string.Empty);
                    }

                    break;
                case "_rawData":
                    rawData = ReadDefaultRawData(property.Value);
                    break;
                default:
                    properties.Set(property.Name, ReadValue(property.Value));
                    break;
            }
        }

        return new Entity(
            key ?? throw new JsonException("An entity has no _key."),
            type ?? throw new JsonException($"Entity {key} has no _type."),
            classes, properties, rawData);
    }

    public static Relationship ReadRelationship(JsonElement element)
    {
        string? key = null, type = null, verb = null, from = null, to = null;
        RelationshipMapping? mapping = null;
        var properties = new PropertyBag();
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "_key": key = property.Value.GetString(); break;
                case "_type": type = property.Value.GetString(); break;
                case "_class": verb = property.Value.GetString(); break;
                case "_fromEntityKey": from = property.Value.GetString(); break;
                case "_toEntityKey": to = property.Value.GetString(); break;
                case "_mapping": mapping = ReadMapping(property.Value); break;
                default: properties.Set(property.Name, ReadValue(property.Value)); break;
            }
        }

        return Relationship.Restore(
            key ?? throw new JsonException("A relationship has no _key."),
            type ?? throw new JsonException($"Relationship {key} has no _type."),
            RelationshipVerbs.Parse(verb ?? throw new JsonException($"Relationship {key} has no _class.")),
            from, to, mapping, properties);
    }

    /// <summary>A JSON value as a property value: integers as long, other numbers as double, arrays typed by their first element.</summary>
    public static object? ReadValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.TryGetInt64(out var l) ? (object)l : value.GetDouble(),
        JsonValueKind.Array => ReadArray(value),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => throw new JsonException("Nested objects are not allowed as property values."),
    };

    private static object? ReadArray(JsonElement array)
    {
        var items = array.EnumerateArray().Where(i => i.ValueKind != JsonValueKind.Null).ToList();
        if (items.Count == 0)
        {
            return Array.Empty<string>();
        }

        return items[0].ValueKind switch
        {
            JsonValueKind.String => items.Select(i => i.ValueKind == JsonValueKind.String ? i.GetString()! : i.GetRawText()).ToArray(),
            JsonValueKind.True or JsonValueKind.False => items.Select(i => i.ValueKind == JsonValueKind.True).ToArray(),
            JsonValueKind.Number when items.All(i => i.TryGetInt64(out _)) => items.Select(i => i.GetInt64()).ToArray(),
            JsonValueKind.Number => items.Select(i => i.GetDouble()).ToArray(),
            _ => throw new JsonException("Arrays of objects are not allowed as property values."),
        };
    }

    private static string? ReadDefaultRawData(JsonElement rawData)
    {
        foreach (var entry in rawData.EnumerateArray())
        {
            if (entry.TryGetProperty("name", out var name) && name.GetString() == "default"
                && entry.TryGetProperty("rawData", out var data))
            {
                return data.GetRawText();
            }
        }

        return null;
    }

    private static void WriteMapping(Utf8JsonWriter writer, RelationshipMapping mapping)
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
        writer.WriteStartObject("targetEntity");
        WriteProperties(writer, mapping.TargetEntity);
        writer.WriteEndObject();
        if (mapping.SkipTargetCreation is { } skip)
        {
            writer.WriteBoolean("skipTargetCreation", skip);
        }

        writer.WriteEndObject();
    }

    private static RelationshipMapping ReadMapping(JsonElement element)
    {
        var target = new PropertyBag();
        foreach (var property in element.GetProperty("targetEntity").EnumerateObject())
        {
            target.Set(property.Name, ReadValue(property.Value));
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
