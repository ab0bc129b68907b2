using System.Collections.Frozen;

namespace TenantGraph.Core.DataModel;

/// <summary>The data-model classes, parsed once from <see cref="DataModelClasses.Table"/> with inheritance resolved.</summary>
public static class DataModelSchemas
{
    private static readonly FrozenDictionary<string, ClassSchema> Classes = Parse(DataModelClasses.Table);

    public static IEnumerable<string> ClassNames => Classes.Keys.Where(name => name is not ("GraphObject" or "Entity" or "RecordEntity"));

    public static bool IsKnown(string className) => Classes.ContainsKey(className);

    public static ClassSchema Get(string className) =>
        Classes.TryGetValue(className, out var schema)
            ? schema
            : throw new KeyNotFoundException($"Class '{className}' is not in the data model.");

    private static FrozenDictionary<string, ClassSchema> Parse(string table)
    {
        var resolved = new Dictionary<string, ClassSchema>(StringComparer.Ordinal);
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|', 3, StringSplitOptions.TrimEntries);
            var head = parts[0].Split(':', StringSplitOptions.TrimEntries);
            var name = head[0];
            var parent = head[1] == "-" ? null : resolved[head[1]];
            var properties = new Dictionary<string, PropertySchema>(parent?.Properties ?? new Dictionary<string, PropertySchema>(), StringComparer.Ordinal);
            foreach (var declaration in Words(parts[2]))
            {
                var colon = declaration.IndexOf(':', StringComparison.Ordinal);
                var propertyName = declaration[..colon];
                properties[propertyName] = new PropertySchema(propertyName,
                    SplitAlternatives(declaration[(colon + 1)..]).Select(PropertyType.Parse).ToArray());
            }

            var required = (parent?.Required ?? []).Concat(Words(parts[1])).Distinct(StringComparer.Ordinal).ToArray();
            var undeclared = required.Where(r => r != "_class" && !properties.ContainsKey(r)).ToArray();
            if (undeclared.Length > 0)
            {
                throw new FormatException($"Class {name} requires undeclared properties: {string.Join(", ", undeclared)}.");
            }

            resolved[name] = new ClassSchema(name, parent?.Name, required, properties);
        }

        return resolved.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string[] Words(string text) =>
        text == "-" ? [] : text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // "a|b" separates alternatives, but an enum value list never contains '|', so a plain split is safe.
    private static string[] SplitAlternatives(string text) => text.Split('|');
}
