using System.Text.Json;
using TenantGraph.Core.Graph;

namespace TenantGraph.Store;

/// <summary>Stored columns back into graph objects.</summary>
internal static class GraphObjectDecoder
{
    public static Entity Entity(string key, string type, string classes, string properties, string? rawData)
    {
        using var classDocument = JsonDocument.Parse(classes);
        var classList = classDocument.RootElement.EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToArray();
        return new Entity(key, type, classList, Properties(properties), rawData);
    }

    public static Relationship Relationship(
        string key, string type, string verb, string? fromKey, string? toKey, string? mapping, string properties)
    {
        RelationshipMapping? parsed = null;
        if (mapping is not null)
        {
            using var document = JsonDocument.Parse(mapping);
            parsed = StoredMappingJson.Read(document.RootElement);
        }

        return Core.Graph.Relationship.Restore(key, type, RelationshipVerbs.Parse(verb), fromKey, toKey, parsed,
            Properties(properties));
    }

    /// <summary>Properties in name order whatever order the column kept (jsonb sorts by length first).</summary>
    public static PropertyBag Properties(string json)
    {
        using var document = JsonDocument.Parse(json);
        var properties = document.RootElement.EnumerateObject().ToList();
        var bag = new PropertyBag(properties.Count);
        foreach (var property in properties.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            bag.Set(property.Name, StoredValueJson.Read(property.Value));
        }

        return bag;
    }
}
