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
/// order anyway. The hash (first 16 bytes of SHA-256 over every stored column) decides whether a run made a new
/// version. One encoder per writer: it reuses its buffers.
/// </summary>
internal sealed class GraphObjectEncoder : IDisposable
{
    private static readonly byte[] Separator = [0];
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public GraphObjectEncoder()
    {
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            SkipValidation = true,
            // Stored text is read by SQL and by us, never embedded in HTML: keep non-ASCII readable and compact.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    public EncodedEntity Encode(Entity entity)
    {
        var classes = Json(w =>
        {
            w.WriteStartArray();
            foreach (var c in entity.Classes)
            {
                w.WriteStringValue(c);
            }

            w.WriteEndArray();
        });
        var properties = Json(w => WriteSorted(w, entity.Properties));
        Hash(entity.Type);
        Hash(classes);
        Hash(properties);
        Hash(entity.RawData);
        return new EncodedEntity(entity.Key, entity.Type, classes, properties, entity.RawData, TakeHash());
    }

    public EncodedRelationship Encode(Relationship relationship)
    {
        var mapping = relationship.Mapping is { } m ? Json(w => StoredMappingJson.Write(w, m)) : null;
        var properties = Json(w => WriteSorted(w, relationship.Properties));
        var verb = relationship.Class.ToVerb();
        Hash(relationship.Type);
        Hash(verb);
        Hash(relationship.FromKey);
        Hash(relationship.ToKey);
        Hash(mapping);
        Hash(properties);
        return new EncodedRelationship(relationship.Key, relationship.Type, verb, relationship.FromKey,
            relationship.ToKey, mapping, properties, TakeHash());
    }

    public void Dispose()
    {
        _json.Dispose();
        _hash.Dispose();
    }

    internal static void WriteSorted(Utf8JsonWriter writer, PropertyBag properties)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(name);
            GraphObjectJson.WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private string Json(Action<Utf8JsonWriter> write)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        write(_json);
        _json.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    private void Hash(string? text)
    {
        if (text is not null)
        {
            _hash.AppendData(Encoding.UTF8.GetBytes(text));
        }

        _hash.AppendData(Separator);
    }

    private byte[] TakeHash() => _hash.GetHashAndReset().AsSpan(0, 16).ToArray();
}
