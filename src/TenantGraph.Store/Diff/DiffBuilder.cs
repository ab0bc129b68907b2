using TenantGraph.Core.Graph;

namespace TenantGraph.Store.Diff;

/// <summary>
/// Pairs the versions that left a snapshot with those that entered the next one (docs/store.md, "Diff"): a key on
/// both sides is updated, only on the new side created, only on the old side deleted unless its type is partial in
/// the newer run.
/// </summary>
internal static class DiffBuilder
{
    public static IReadOnlyList<EntityChange> Entities(IReadOnlyList<VersionedObject<Entity>> left,
        IReadOnlyList<VersionedObject<Entity>> entered, IReadOnlySet<string> partialTypes) =>
        Pair(left, entered, e => e.Key, e => e.Type, partialTypes,
                (before, after) => new EntityChange(
                    before is null ? ChangeKind.Created : after is null ? ChangeKind.Deleted : ChangeKind.Updated,
                    before, after, before is not null && after is not null ? Compare(before, after) : []))
            .OrderBy(c => c.Type, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<RelationshipChange> Relationships(IReadOnlyList<VersionedObject<Relationship>> left,
        IReadOnlyList<VersionedObject<Relationship>> entered, IReadOnlySet<string> partialTypes) =>
        Pair(left, entered, r => r.Key, r => r.Type, partialTypes,
                (before, after) => new RelationshipChange(
                    before is null ? ChangeKind.Created : after is null ? ChangeKind.Deleted : ChangeKind.Updated,
                    before, after, before is not null && after is not null ? Compare(before, after) : []))
            .OrderBy(c => c.Type, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal).ToArray();

    private static IEnumerable<TChange> Pair<T, TChange>(IReadOnlyList<VersionedObject<T>> left,
        IReadOnlyList<VersionedObject<T>> entered, Func<T, string> key, Func<T, string> type,
        IReadOnlySet<string> partialTypes, Func<T?, T?, TChange> change)
        where T : class
    {
        var before = new Dictionary<string, VersionedObject<T>>(left.Count, StringComparer.Ordinal);
        foreach (var version in left)
        {
            before[key(version.Value)] = version;
        }

        foreach (var version in entered)
        {
            if (!before.Remove(key(version.Value), out var old))
            {
                yield return change(null, version.Value);
            }
            else if (!old.Hash.AsSpan().SequenceEqual(version.Hash))
            {
                yield return change(old.Value, version.Value);
            }
        }

        foreach (var old in before.Values)
        {
            if (!partialTypes.Contains(type(old.Value)))
            {
                yield return change(old.Value, null);
            }
        }
    }

    private static IReadOnlyList<PropertyChange> Compare(Entity before, Entity after)
    {
        var changes = new List<PropertyChange>();
        AddIfDifferent(changes, "_type", before.Type, after.Type);
        AddIfDifferent(changes, "_class", before.Classes.ToArray(), after.Classes.ToArray());
        CompareBags(changes, before.Properties, after.Properties);
        AddIfDifferent(changes, "_rawData", before.RawData, after.RawData);
        return changes;
    }

    private static IReadOnlyList<PropertyChange> Compare(Relationship before, Relationship after)
    {
        var changes = new List<PropertyChange>();
        AddIfDifferent(changes, "_type", before.Type, after.Type);
        AddIfDifferent(changes, "_class", before.Class.ToVerb(), after.Class.ToVerb());
        AddIfDifferent(changes, "_fromEntityKey", before.FromKey, after.FromKey);
        AddIfDifferent(changes, "_toEntityKey", before.ToKey, after.ToKey);
        AddIfDifferent(changes, "_mapping", MappingText(before), MappingText(after));
        CompareBags(changes, before.Properties, after.Properties);
        return changes;
    }

    private static void CompareBags(List<PropertyChange> changes, PropertyBag before, PropertyBag after)
    {
        foreach (var name in before.Select(p => p.Key).Union(after.Select(p => p.Key), StringComparer.Ordinal)
                     .Order(StringComparer.Ordinal))
        {
            AddIfDifferent(changes, name, before[name], after[name]);
        }
    }

    private static void AddIfDifferent(List<PropertyChange> changes, string name, object? before, object? after)
    {
        if (!ValuesEqual(before, after))
        {
            changes.Add(new PropertyChange(name, before, after));
        }
    }

    private static bool ValuesEqual(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (Array x, Array y) => x.Length == y.Length && x.Cast<object?>().SequenceEqual(y.Cast<object?>()),
        _ => Equals(a, b),
    };

    private static string? MappingText(Relationship relationship)
    {
        if (relationship.Mapping is not { } mapping)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            StoredMappingJson.Write(writer, mapping);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
