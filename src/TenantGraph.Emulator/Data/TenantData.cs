using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Data;

/// <summary>
/// A tenant the emulator serves: <c>tenant.json</c> plus one collection per API path. On disk each
/// collection is <c>{path}.json</c> holding <c>{"value":[…]}</c>; a file without a <c>value</c> array is a
/// single resource served verbatim (for example <c>graph/v1.0/deviceManagement.json</c>). Paths match
/// case-insensitively. Objects are kept as raw UTF-8 so that large tenants stay small in memory.
/// </summary>
public sealed class TenantData
{
    private const string TenantFileName = "tenant.json";
    private static readonly JsonWriterOptions IndentedWriter = new() { Indented = true };

    private readonly Dictionary<string, TenantCollection> _collections = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, byte[]> _singletons = new(StringComparer.OrdinalIgnoreCase);
    private long _version;

    public TenantData(TenantInfo info) => Info = info;

    public TenantInfo Info { get; set; }

    /// <summary>The change counter: every add, change or delete takes the next value.</summary>
    public long Version
    {
        get
        {
            lock (Gate)
            {
                return _version;
            }
        }
    }

    public IReadOnlyList<string> CollectionPaths
    {
        get
        {
            lock (Gate)
            {
                return [.. _collections.Values.Select(c => c.Path).Order(StringComparer.Ordinal)];
            }
        }
    }

    internal Lock Gate { get; } = new();

    internal IEnumerable<TenantCollection> Collections => _collections.Values;

    public static TenantData Load(string directory)
    {
        var info = JsonSerializer.Deserialize(File.ReadAllBytes(System.IO.Path.Combine(directory, TenantFileName)), EmulatorJsonContext.Default.TenantInfo)
            ?? throw new InvalidDataException($"{TenantFileName} in {directory} is empty.");
        var data = new TenantData(info);
        foreach (var file in Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = System.IO.Path.GetRelativePath(directory, file).Replace('\\', '/');
            if (relative.Equals(TenantFileName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            data.LoadFile(relative[..^".json".Length], File.ReadAllBytes(file));
        }

        return data;
    }

    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(System.IO.Path.Combine(directory, TenantFileName), JsonSerializer.SerializeToUtf8Bytes(Info, EmulatorJsonContext.Default.TenantInfo));
        lock (Gate)
        {
            foreach (var collection in _collections.Values)
            {
                using var stream = CreateFile(directory, collection.Path);
                using var writer = new Utf8JsonWriter(stream, IndentedWriter);
                writer.WriteStartObject();
                writer.WriteStartArray("value");
                foreach (var item in collection.Items)
                {
                    if (item.Utf8 is { } utf8)
                    {
                        writer.WriteRawValue(utf8, skipInputValidation: true);
                    }
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            foreach (var (path, utf8) in _singletons)
            {
                using var stream = CreateFile(directory, path);
                stream.Write(utf8);
            }
        }
    }

    /// <summary>Adds an object to the collection at <paramref name="path"/>, creating the collection if needed.</summary>
    public void Add(string path, JsonObject item) => AddUtf8(path, JsonSerializer.SerializeToUtf8Bytes(item));

    /// <summary>Declares a collection that exists but may hold nothing (Graph answers it with an empty <c>value</c>).</summary>
    public void EnsureCollection(string path)
    {
        lock (Gate)
        {
            GetOrCreate(path);
        }
    }

    public void SetSingleton(string path, JsonObject resource)
    {
        lock (Gate)
        {
            _singletons[Normalize(path)] = JsonSerializer.SerializeToUtf8Bytes(resource);
        }
    }

    /// <summary>The live objects of a collection, parsed; an unknown path yields nothing.</summary>
    public IReadOnlyList<JsonObject> GetObjects(string path)
    {
        lock (Gate)
        {
            return _collections.TryGetValue(Normalize(path), out var collection)
                ? [.. collection.Items.Where(i => !i.IsDeleted).Select(i => JsonNode.Parse(i.Utf8)!.AsObject())] // live items have a body
                : [];
        }
    }

    public int Count(string path)
    {
        lock (Gate)
        {
            return _collections.TryGetValue(Normalize(path), out var collection) ? collection.LiveCount : 0;
        }
    }

    internal static string Normalize(string path) => string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries));

    internal void AddUtf8(string path, byte[] utf8)
    {
        lock (Gate)
        {
            var collection = GetOrCreate(path);
            collection.Upsert(TenantCollection.IdOf(utf8, collection.Items.Count), utf8, NextVersion());
        }
    }

    /// <summary>Caller holds <see cref="Gate"/>.</summary>
    internal TenantCollection? FindCollection(string path) => _collections.GetValueOrDefault(path);

    /// <summary>Caller holds <see cref="Gate"/>.</summary>
    internal byte[]? FindSingleton(string path) => _singletons.GetValueOrDefault(path);

    /// <summary>Caller holds <see cref="Gate"/>.</summary>
    internal long NextVersion() => ++_version;

    /// <summary>Caller holds <see cref="Gate"/>.</summary>
    internal TenantCollection GetOrCreate(string path)
    {
        var key = Normalize(path);
        if (!_collections.TryGetValue(key, out var collection))
        {
            collection = new TenantCollection(key);
            _collections[key] = collection;
        }

        return collection;
    }

    private void LoadFile(string path, byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("value", out var value)
            && value.ValueKind == JsonValueKind.Array)
        {
            lock (Gate)
            {
                var collection = GetOrCreate(path);
                foreach (var element in value.EnumerateArray())
                {
                    var raw = JsonMarshal.GetRawUtf8Value(element).ToArray();
                    collection.Upsert(TenantCollection.IdOf(raw, collection.Items.Count), raw, NextVersion());
                }
            }

            return;
        }

        lock (Gate)
        {
            _singletons[Normalize(path)] = utf8;
        }
    }

    private static FileStream CreateFile(string directory, string path)
    {
        var file = System.IO.Path.Combine(directory, path.Replace('/', System.IO.Path.DirectorySeparatorChar) + ".json");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!); // a combined path always has a directory
        return File.Create(file);
    }
}
