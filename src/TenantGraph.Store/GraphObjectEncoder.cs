using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TenantGraph.Core.Graph;

namespace TenantGraph.Store;

/// <summary>
/// Turns graph objects into stored columns. Properties are written sorted by name so that the same object
/// collected with its properties in another order has the same hash, and because PostgreSQL's jsonb does not keep
/// order anyway. The hash (first 16 bytes of SHA-256 over every stored column, each followed by a zero byte)
/// decides whether a run made a new version. One encoder per writer: it reuses its buffers. The hashed bytes are
/// those of the JSON just written, not a second UTF-8 encoding of the text, which on a large run is a visible share
/// of the load time.
/// </summary>
internal sealed class GraphObjectEncoder : IDisposable
{
    private static readonly KeyComparer ByName = new();
    private readonly ArrayBufferWriter<byte> _json = new(4096);
    private readonly ArrayBufferWriter<byte> _hashed = new(4096);
    private readonly Utf8JsonWriter _writer;
    private readonly List<KeyValuePair<string, object?>> _sorted = [];

    public GraphObjectEncoder()
    {
        _writer = new Utf8JsonWriter(_json, new JsonWriterOptions
        {
            SkipValidation = true,
            // Stored text is read by SQL and by us, never embedded in HTML: keep non-ASCII readable and compact.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    public EncodedEntity Encode(Entity entity)
    {
        _hashed.ResetWrittenCount();
        HashText(entity.Type);
        var classes = Json(w =>
        {
            w.WriteStartArray();
            foreach (var c in entity.Classes)
            {
                w.WriteStringValue(c);
            }

            w.WriteEndArray();
        });
        var properties = Json(w => WriteSorted(w, entity.Properties, _sorted));
        HashText(entity.RawData);
        return new EncodedEntity(entity.Key, entity.Type, classes, properties, entity.RawData, TakeHash());
    }

    public EncodedRelationship Encode(Relationship relationship)
    {
        _hashed.ResetWrittenCount();
        var verb = relationship.Class.ToVerb();
        HashText(relationship.Type);
        HashText(verb);
        HashText(relationship.FromKey);
        HashText(relationship.ToKey);
        string? mapping = null;
        if (relationship.Mapping is { } m)
        {
            mapping = Json(w => StoredMappingJson.Write(w, m));
        }
        else
        {
            HashText(null);
        }

        var properties = Json(w => WriteSorted(w, relationship.Properties, _sorted));
        return new EncodedRelationship(relationship.Key, relationship.Type, verb, relationship.FromKey,
            relationship.ToKey, mapping, properties, TakeHash());
    }

    public void Dispose() => _writer.Dispose();

    internal static void WriteSorted(Utf8JsonWriter writer, PropertyBag properties) => WriteSorted(writer, properties, []);

    private static void WriteSorted(Utf8JsonWriter writer, PropertyBag properties, List<KeyValuePair<string, object?>> sorted)
    {
        sorted.Clear();
        sorted.AddRange(properties);
        sorted.Sort(ByName);
        writer.WriteStartObject();
        foreach (var (name, value) in sorted)
        {
            writer.WritePropertyName(name);
            GraphObjectJson.WriteValue(writer, value);
        }

        writer.WriteEndObject();
        sorted.Clear();
    }

    /// <summary>Writes one JSON column, appends its bytes and a separator to the hashed bytes, and returns its text.</summary>
    private string Json(Action<Utf8JsonWriter> write)
    {
        _json.ResetWrittenCount();
        _writer.Reset(_json);
        write(_writer);
        _writer.Flush();
        var bytes = _json.WrittenSpan;
        _hashed.Write(bytes);
        _hashed.Write(Separator);
        return Encoding.UTF8.GetString(bytes);
    }

    private void HashText(string? text)
    {
        if (text is not null)
        {
            var span = _hashed.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
            _hashed.Advance(Encoding.UTF8.GetBytes(text, span));
        }

        _hashed.Write(Separator);
    }

    private byte[] TakeHash()
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(_hashed.WrittenSpan, digest);
        return digest[..16].ToArray();
    }

    private static ReadOnlySpan<byte> Separator => [0];

    private sealed class KeyComparer : IComparer<KeyValuePair<string, object?>>
    {
        public int Compare(KeyValuePair<string, object?> x, KeyValuePair<string, object?> y) =>
            string.CompareOrdinal(x.Key, y.Key);
    }
}
