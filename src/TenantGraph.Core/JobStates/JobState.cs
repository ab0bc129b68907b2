using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Core.JobStates;

/// <summary>
/// The objects of one run, shared by all its steps: add, find by <c>_key</c>, iterate by <c>_type</c>. Objects
/// go straight to the collect layout on disk (see <see cref="GraphFileStore"/>); memory holds a compact key
/// index and the files still being filled, so it stays bounded however large the tenant. A duplicate
/// <c>_key</c> is an error, never a merge. Thread-safe: steps run in parallel.
/// </summary>
public sealed class JobState : IDisposable
{
    private readonly object _sync = new();
    private readonly GraphFileStore _files;
    private readonly KeyIndex _keys = new();
    private readonly bool _caseInsensitiveKeys;
    private readonly ConcurrentDictionary<string, object> _data = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public JobState(string outputDirectory, bool caseInsensitiveKeys = false)
    {
        OutputDirectory = outputDirectory;
        _caseInsensitiveKeys = caseInsensitiveKeys;
        _files = new GraphFileStore(outputDirectory);
    }

    /// <summary>The folder the collect layout is written to.</summary>
    public string OutputDirectory { get; }

    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _keys.Count;
            }
        }
    }

    internal void AddEntity(string stepId, Entity entity) =>
        Add(stepId, GraphObjectKind.Entity, entity.Type, entity.Key, w => GraphObjectJson.WriteEntity(w, entity));

    internal void AddRelationship(string stepId, Relationship relationship) =>
        Add(stepId, GraphObjectKind.Relationship, relationship.Type, relationship.Key,
            w => GraphObjectJson.WriteRelationship(w, relationship));

    public bool HasKey(string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        lock (_sync)
        {
            return _keys.Find(Normalize(key), StoredKeyOf) >= 0;
        }
    }

    /// <summary>The entity with this key, or null (also for a relationship's key), as the SDK's <c>findEntity</c>.</summary>
    public Entity? FindEntity(string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        ReadOnlyMemory<byte> json;
        lock (_sync)
        {
            var ordinal = _keys.Find(Normalize(key), StoredKeyOf);
            if (ordinal < 0 || _files.KindOf(_keys.LocationOf(ordinal)) != GraphObjectKind.Entity)
            {
                return null;
            }

            json = _files.Read(_keys.LocationOf(ordinal));
        }

        using var document = JsonDocument.Parse(json);
        return GraphObjectJson.ReadEntity(document.RootElement);
    }

    public IEnumerable<Entity> IterateEntities(string type) =>
        Snapshot(GraphObjectKind.Entity, type, GraphObjectJson.ReadEntity);

    public IEnumerable<Relationship> IterateRelationships(string type) =>
        Snapshot(GraphObjectKind.Relationship, type, GraphObjectJson.ReadRelationship);

    public IReadOnlyList<string> EntityTypes()
    {
        lock (_sync)
        {
            return _files.Types(GraphObjectKind.Entity).ToArray();
        }
    }

    public IReadOnlyList<string> RelationshipTypes()
    {
        lock (_sync)
        {
            return _files.Types(GraphObjectKind.Relationship).ToArray();
        }
    }

    public void SetData<T>(DataKey<T> key, T value)
        where T : notnull => _data[key.Name] = value;

    public bool TryGetData<T>(DataKey<T> key, out T value)
    {
        if (_data.TryGetValue(key.Name, out var stored))
        {
            value = (T)stored;
            return true;
        }

        value = default!; // callers read value only when this returns true
        return false;
    }

    /// <summary>Writes out what a finished step still holds in memory, so its output files are complete.</summary>
    internal void FlushStep(string stepId)
    {
        lock (_sync)
        {
            _files.FlushStep(stepId);
        }
    }

    private void Add(string stepId, GraphObjectKind kind, string type, string key, Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, GraphObjectJson.WriterOptions))
        {
            write(writer);
        }

        var normalized = Normalize(key);
        GraphFileStore.GraphFile? full;
        lock (_sync)
        {
            if (_keys.Find(normalized, StoredKeyOf) >= 0)
            {
                throw new DuplicateKeyException(key, type);
            }

            var location = _files.Append(stepId, kind, type, buffer.WrittenSpan, out full);
            _keys.Add(normalized, location);
        }

        // A full file is written without the lock, so the other steps' adds are not held up by the disk.
        if (full is not null)
        {
            _files.WriteOut(full);
            lock (_sync)
            {
                _files.Release(full);
            }
        }
    }

    // The file list is taken under the lock; reading and parsing happen lazily outside it, one file at a time.
    private IEnumerable<T> Snapshot<T>(GraphObjectKind kind, string type, Func<JsonElement, T> read)
    {
        IReadOnlyList<Func<byte[]>> files;
        lock (_sync)
        {
            files = _files.SnapshotFiles(kind, type);
        }

        var property = kind == GraphObjectKind.Entity ? "entities" : "relationships";
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(file());
            foreach (var item in document.RootElement.GetProperty(property).EnumerateArray())
            {
                yield return read(item);
            }
        }
    }

    private string StoredKeyOf(int ordinal)
    {
        var json = _files.Read(_keys.LocationOf(ordinal)).Span;
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("_key"u8))
            {
                reader.Read();
                return Normalize(reader.GetString() ?? string.Empty);
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth > 0)
            {
                reader.Skip();
            }
        }

        throw new InvalidDataException("A stored graph object has no _key.");
    }

    /// <summary>Releases the files kept open for finding objects; the output stays on disk.</summary>
    public void Dispose()
    {
        lock (_sync)
        {
            _files.CloseReadHandles();
        }
    }

    private string Normalize(string key) => _caseInsensitiveKeys ? key.ToLowerInvariant() : key;
}
