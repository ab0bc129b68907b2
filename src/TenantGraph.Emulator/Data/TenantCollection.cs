using System.Text.Json;

namespace TenantGraph.Emulator.Data;

/// <summary>
/// The objects served at one API path. Items keep their insertion position for life (deletions become
/// tombstones) so that page and delta cursors stay valid while the tenant changes.
/// </summary>
internal sealed class TenantCollection
{
    private readonly List<StoredObject> _items = [];
    private readonly Dictionary<string, int> _positions = new(StringComparer.OrdinalIgnoreCase);

    public TenantCollection(string path) => Path = path;

    /// <summary>The path as written (original case), relative to the emulator base.</summary>
    public string Path { get; }

    public IReadOnlyList<StoredObject> Items => _items;

    public int LiveCount { get; private set; }

    public StoredObject? Find(string id) =>
        _positions.TryGetValue(id, out var position) && !_items[position].IsDeleted ? _items[position] : null;

    public StoredObject? FindIncludingDeleted(string id) =>
        _positions.TryGetValue(id, out var position) ? _items[position] : null;

    /// <summary>Adds or replaces the object with the given id; a replaced object keeps its position.</summary>
    public StoredObject Upsert(string id, byte[] utf8, long version)
    {
        if (_positions.TryGetValue(id, out var position))
        {
            var existing = _items[position];
            if (existing.IsDeleted)
            {
                LiveCount++;
            }

            existing.Utf8 = utf8;
            existing.Version = version;
            return existing;
        }

        var added = new StoredObject(id, version, utf8);
        _positions[id] = _items.Count;
        _items.Add(added);
        LiveCount++;
        return added;
    }

    public bool Delete(string id, long version)
    {
        if (!_positions.TryGetValue(id, out var position) || _items[position].IsDeleted)
        {
            return false;
        }

        _items[position].DeletedODataType = ODataTypeOf(_items[position].Utf8);
        _items[position].Utf8 = null;
        _items[position].Version = version;
        LiveCount--;
        return true;
    }

    public static string? ODataTypeOf(ReadOnlySpan<byte> utf8) => TopLevelString(utf8, "@odata.type"u8);

    /// <summary>The id Microsoft gives the object; objects without one are keyed by position.</summary>
    public static string IdOf(ReadOnlySpan<byte> utf8, int fallbackPosition) =>
        TopLevelString(utf8, "id"u8) ?? fallbackPosition.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? TopLevelString(ReadOnlySpan<byte> utf8, ReadOnlySpan<byte> name)
    {
        var reader = new Utf8JsonReader(utf8);
        if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var matches = reader.ValueTextEquals(name);
                reader.Read();
                if (matches && reader.TokenType is JsonTokenType.String)
                {
                    return reader.GetString();
                }

                reader.Skip();
            }
        }

        return null;
    }
}
