using System.Text.Json;
using System.Text.Json.Nodes;
using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>
/// Secrets and administrator credentials removed from the JSON kept as <c>_rawData</c> (azure-spec §5.7: the
/// reference writes <c>****REDACTED****</c> over administrator logins and passwords). Every property with one
/// of the given names, at any depth, whose value is not null, is replaced by <see cref="Redacted"/>.
/// </summary>
/// <remarks>
/// Converters of resources that can carry credentials call it once before <c>EntityMap.Build</c>:
/// <c>Map.Build(RawRedaction.Apply(server, "administratorLogin", "administratorLoginPassword"))</c>.
/// </remarks>
internal static class RawRedaction
{
    public const string Redacted = "****REDACTED****";

    public static ApiObject<T> Apply<T>(ApiObject<T> source, params string[] names)
    {
        if (source.Raw.ValueKind != JsonValueKind.Object || !Mentions(source.Raw, names))
        {
            return source;
        }

        var node = JsonNode.Parse(source.Raw.GetRawText())!; // an object element always parses
        Redact(node, names);
        using var document = JsonDocument.Parse(node.ToJsonString());
        return source with { Raw = document.RootElement.Clone() };
    }

    /// <summary>The redacted form of a nested element (a container of a group, say) kept as its own raw data.</summary>
    public static JsonElement Apply(JsonElement element, params string[] names)
    {
        if (element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array) || !Mentions(element, names))
        {
            return element;
        }

        var node = JsonNode.Parse(element.GetRawText())!; // an object or array element always parses
        Redact(node, names);
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }

    private static bool Mentions(JsonElement element, string[] names)
    {
        var text = element.GetRawText();
        return names.Any(n => text.Contains($"\"{n}\"", StringComparison.Ordinal));
    }

    private static void Redact(JsonNode? node, string[] names)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToArray())
                {
                    if (names.Contains(name, StringComparer.Ordinal))
                    {
                        if (obj[name] is not null)
                        {
                            obj[name] = Redacted;
                        }
                    }
                    else
                    {
                        Redact(obj[name], names);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Redact(item, names);
                }

                break;
        }
    }
}
