using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using TenantGraph.Core.DataModel;
using TenantGraph.Core.Graph;

namespace TenantGraph.Core.Metadata;

/// <summary>
/// A converter as a table: how one API record becomes an entity, applying the SDK's
/// <c>createIntegrationEntity</c> rules (sdk-spec §1.8) once for every family. Source properties whose names
/// the entity's classes declare are copied when they are primitives or arrays of primitives; mapped
/// properties are assigned over them (an explicit null is kept, as JupiterOne keeps assigned nulls);
/// <c>createdOn</c>, <c>active</c> and <c>displayName</c> are derived as the SDK derives them.
/// </summary>
public sealed partial class EntityMap<T>
{
    private static readonly ConcurrentDictionary<string, IReadOnlySet<string>> Whitelists = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IReadOnlySet<string>> NeverNull = new(StringComparer.Ordinal);

    private readonly EntityMetadata _metadata;

    public EntityMap(EntityMetadata metadata)
    {
        _metadata = metadata;
    }

    public required Func<T, string> Key { get; init; }

    /// <summary>Assigned properties, in output order; a function may return null to assign null.</summary>
    public Dictionary<string, Func<T, object?>> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the provider JSON is kept as <c>_rawData</c> (some reference entities drop it).</summary>
    public bool KeepRawData { get; init; } = true;

    /// <summary>Whether whitelisted top-level fields of the provider JSON are copied before the assigned ones.</summary>
    public bool CopySourceProperties { get; init; } = true;

    public Entity Build(ApiObject<T> source) => Build(source, _metadata);

    /// <summary>Builds the entity as another declared type, for families whose type depends on the record.</summary>
    public Entity Build(ApiObject<T> source, EntityMetadata metadata)
    {
        var properties = new PropertyBag(Properties.Count + 8);
        if (CopySourceProperties && source.Raw.ValueKind == JsonValueKind.Object)
        {
            CopyWhitelisted(source.Raw, WhitelistOf(metadata.Classes), properties);
        }

        var neverNull = NeverNullOf(metadata.Classes);
        foreach (var (name, read) in Properties)
        {
            // A JupiterOne converter leaves such a property undefined rather than null (a null would fail its
            // schema), which also hides a copied source value; an unknown value of any other property is kept as
            // an explicit null, as JupiterOne keeps it.
            var value = read(source.Value);
            if (value is null && neverNull.Contains(name))
            {
                properties.Remove(name);
            }
            else
            {
                properties.Set(name, value);
            }
        }

        DeriveCreatedOn(source.Raw, properties);
        DeriveActive(source.Raw, properties);
        if (properties["displayName"] is null or "" && properties["name"] is string { Length: > 0 } entityName)
        {
            properties.Set("displayName", entityName);
        }

        var raw = KeepRawData && source.Raw.ValueKind != JsonValueKind.Undefined ? source.Raw.GetRawText() : null;
        return new Entity(Key(source.Value), metadata.Type, metadata.Classes, properties, raw);
    }

    private static IReadOnlySet<string> WhitelistOf(IReadOnlyList<string> classes) =>
        Whitelists.GetOrAdd(string.Join(',', classes), _ => classes
            .SelectMany(c => DataModelSchemas.Get(c).PropertyNames)
            .Where(n => n is not ("_key" or "_type" or "_class"))
            .ToHashSet(StringComparer.Ordinal));

    /// <summary>Properties some class declares without allowing null, and that no class requires.</summary>
    private static IReadOnlySet<string> NeverNullOf(IReadOnlyList<string> classes) =>
        NeverNull.GetOrAdd(string.Join(',', classes), _ =>
        {
            var schemas = classes.Select(DataModelSchemas.Get).ToArray();
            return schemas.SelectMany(s => s.PropertyNames)
                .Where(n => schemas.All(s => !s.Required.Contains(n))
                    && schemas.Any(s => s.Properties.TryGetValue(n, out var p) && !p.Accepts(null)))
                .ToHashSet(StringComparer.Ordinal);
        });

    private static void CopyWhitelisted(JsonElement raw, IReadOnlySet<string> whitelist, PropertyBag properties)
    {
        foreach (var property in raw.EnumerateObject())
        {
            if (!whitelist.Contains(property.Name))
            {
                continue;
            }

            // The SDK copies strings, numbers and booleans, and arrays judged by their first element; null,
            // objects, arrays of objects and empty arrays are skipped.
            var value = property.Value;
            var judged = value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray().Select(e => e.ValueKind).FirstOrDefault(JsonValueKind.Undefined)
                : value.ValueKind;
            if (judged is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            {
                properties.Set(property.Name, GraphObjectJson.ReadValue(value));
            }
        }
    }

    private static void DeriveCreatedOn(JsonElement raw, PropertyBag properties)
    {
        if (properties.Contains("createdOn") || raw.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var field in (ReadOnlySpan<string>)["createdAt", "creationDate", "creationTime", "creationTimestamp"])
        {
            if (raw.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
                && PropertyValues.ParseTime(value.GetString()) is { } time)
            {
                properties.Set("createdOn", time);
                return;
            }
        }
    }

    private static void DeriveActive(JsonElement raw, PropertyBag properties)
    {
        if (properties.Contains("active") || raw.ValueKind != JsonValueKind.Object
            || !raw.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.String
            || status.GetString() is not { Length: > 0 } text)
        {
            return;
        }

        if (ActivePattern().IsMatch(text))
        {
            properties.Set("active", true);
        }
        else if (InactivePattern().IsMatch(text))
        {
            properties.Set("active", false);
        }
    }

    [GeneratedRegex("(?<!in)active|enabled|online", RegexOptions.IgnoreCase)]
    private static partial Regex ActivePattern();

    [GeneratedRegex("inactive|disabled|offline", RegexOptions.IgnoreCase)]
    private static partial Regex InactivePattern();
}
