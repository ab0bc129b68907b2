using System.Text.Json;
using TenantGraph.Emulator.Data;

namespace TenantGraph.Emulator.Serving;

/// <summary>Pages over a collection's items in insertion order; callers hold the tenant lock.</summary>
internal static class CollectionPager
{
    /// <summary>A page starting at an item position; <c>Next</c> is where the following page starts, if any.</summary>
    public static (List<byte[]> Items, long? Next) FromPosition(IReadOnlyList<StoredObject> items, long start, int size, ODataFilter? filter)
    {
        var page = new List<byte[]>(Math.Min(size, 1024));
        var position = (int)Math.Min(start, items.Count);
        for (; position < items.Count && page.Count < size; position++)
        {
            if (Matches(items[position], filter) is { } utf8)
            {
                page.Add(utf8);
            }
        }

        for (var rest = position; rest < items.Count; rest++)
        {
            if (Matches(items[rest], filter) is not null)
            {
                return (page, position);
            }
        }

        return (page, null);
    }

    /// <summary>A page after skipping <paramref name="skip"/> matches, as Defender's <c>$skip</c> counts.</summary>
    public static (List<byte[]> Items, bool More) FromSkip(IReadOnlyList<StoredObject> items, int skip, int size, ODataFilter? filter)
    {
        var page = new List<byte[]>(Math.Min(size, 1024));
        var seen = 0;
        foreach (var item in items)
        {
            if (Matches(item, filter) is not { } utf8)
            {
                continue;
            }

            if (seen++ < skip)
            {
                continue;
            }

            if (page.Count == size)
            {
                return (page, true);
            }

            page.Add(utf8);
        }

        return (page, false);
    }

    public static int Count(IReadOnlyList<StoredObject> items, ODataFilter? filter) => items.Count(i => Matches(i, filter) is not null);

    private static byte[]? Matches(StoredObject item, ODataFilter? filter)
    {
        if (item.Utf8 is not { } utf8)
        {
            return null;
        }

        if (filter is null)
        {
            return utf8;
        }

        using var document = JsonDocument.Parse(utf8);
        return filter.Matches(document.RootElement) ? utf8 : null;
    }
}
