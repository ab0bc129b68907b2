using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;

namespace TenantGraph.Core.JobStates;

/// <summary>
/// Writes graph objects in the JupiterOne SDK's collect layout as they arrive — <c>graph/&lt;step&gt;/entities/&lt;uuid&gt;.json</c>
/// holding <c>{"entities":[…]}</c>, one <c>_type</c> per file and at most 500 objects, likewise relationships,
/// with <c>index/&lt;kind&gt;/&lt;_type&gt;/</c> links to them — and reads any object back by its location. The output
/// folder is therefore also the job state's spill space: memory holds only the files still being filled.
/// Not thread-safe; <see cref="JobState"/> serialises access.
/// </summary>
internal sealed class GraphFileStore
{
    public const int ObjectsPerFile = 500;

    private readonly string _root;
    private readonly List<GraphFile> _files = [];
    private readonly Dictionary<(string Step, GraphObjectKind Kind, string Type), GraphFile> _filling = [];
    private readonly Dictionary<(GraphObjectKind Kind, string Type), List<int>> _filesByType = [];

    // Buffers of written files are reused: a full file's buffer is large, and allocating one per file would
    // put a steady stream of large objects on the garbage collector's most expensive heap.
    private readonly Stack<ArrayBufferWriter<byte>> _spareBuffers = new();

    // Finding objects in written files reads them through a few open handles instead of opening a file per read.
    private readonly Dictionary<int, SafeFileHandle> _readHandles = [];
    private const int MaxReadHandles = 64;

    public GraphFileStore(string root)
    {
        _root = root;
    }

    /// <summary>
    /// Appends one object's JSON to the file being filled for its step and type. When that fills the file, it is
    /// closed and returned in <paramref name="full"/>: the caller writes it to disk with <see cref="WriteOut"/>
    /// outside its lock (other steps go on adding meanwhile), then calls <see cref="Release"/> under it.
    /// </summary>
    public ObjectLocation Append(string stepId, GraphObjectKind kind, string type, ReadOnlySpan<byte> json, out GraphFile? full)
    {
        if (!_filling.TryGetValue((stepId, kind, type), out var file))
        {
            var buffer = _spareBuffers.Count > 0 ? _spareBuffers.Pop() : new ArrayBufferWriter<byte>(64 * 1024);
            file = new GraphFile(_files.Count, Path.Combine(_root, "graph", stepId, Folder(kind), $"{Guid.NewGuid()}.json"),
                kind, type, Prefix(kind), buffer);
            _files.Add(file);
            _filling[(stepId, kind, type)] = file;
            if (!_filesByType.TryGetValue((kind, type), out var list))
            {
                _filesByType[(kind, type)] = list = [];
            }

            list.Add(file.Id);
        }

        var location = file.Append(json);
        full = null;
        if (file.Count == ObjectsPerFile)
        {
            file.Close();
            _filling.Remove((stepId, kind, type));
            full = file;
        }

        return location;
    }

    /// <summary>Writes out every file the step is still filling, so its output is complete on disk.</summary>
    public void FlushStep(string stepId)
    {
        foreach (var key in _filling.Keys.Where(k => k.Step == stepId).ToList())
        {
            var file = _filling[key];
            _filling.Remove(key);
            file.Close();
            WriteOut(file);
            Release(file);
        }
    }

    public ReadOnlyMemory<byte> Read(ObjectLocation location)
    {
        var file = _files[location.FileId];
        if (file.Pending is { } pending)
        {
            // A copy: the buffer goes on filling, and is reused once the file is written.
            return pending.WrittenMemory.Slice(location.Offset, location.Length).ToArray();
        }

        if (!_readHandles.TryGetValue(location.FileId, out var handle))
        {
            if (_readHandles.Count >= MaxReadHandles)
            {
                CloseReadHandles();
            }

            handle = File.OpenHandle(file.Path);
            _readHandles[location.FileId] = handle;
        }

        var bytes = new byte[location.Length];
        RandomAccess.Read(handle, bytes, location.Offset);
        return bytes;
    }

    public GraphObjectKind KindOf(ObjectLocation location) => _files[location.FileId].Kind;

    /// <summary>
    /// The contents of every file of a type as they stand now: written files by path (they never change
    /// again), files still being filled as a copy of their bytes so far, completed with the closing bracket.
    /// </summary>
    public IReadOnlyList<Func<byte[]>> SnapshotFiles(GraphObjectKind kind, string type)
    {
        if (!_filesByType.TryGetValue((kind, type), out var ids))
        {
            return [];
        }

        var snapshots = new List<Func<byte[]>>(ids.Count);
        foreach (var file in ids.Select(id => _files[id]))
        {
            if (file.Pending is { } pending)
            {
                byte[] bytes = file.Closed ? pending.WrittenSpan.ToArray() : [.. pending.WrittenSpan, .. GraphFile.Suffix];
                snapshots.Add(() => bytes);
            }
            else
            {
                var path = file.Path;
                snapshots.Add(() => File.ReadAllBytes(path));
            }
        }

        return snapshots;
    }

    public IEnumerable<string> Types(GraphObjectKind kind) =>
        _filesByType.Keys.Where(k => k.Kind == kind).Select(k => k.Type);

    /// <summary>Closes the handles kept for reading back written files.</summary>
    public void CloseReadHandles()
    {
        foreach (var handle in _readHandles.Values)
        {
            handle.Dispose();
        }

        _readHandles.Clear();
    }

    /// <summary>
    /// Writes a closed file and its index link. Safe without the caller's lock: a closed file's bytes no longer
    /// change, and readers keep reading them from memory until <see cref="Release"/>.
    /// </summary>
    public void WriteOut(GraphFile file)
    {
        var content = file.Pending ?? throw new InvalidOperationException($"{file.Path} was already released.");
        Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!); // a combined path always has a directory
        File.WriteAllBytes(file.Path, content.WrittenSpan);
        var link = Path.Combine(_root, "index", Folder(file.Kind), file.Type, Path.GetFileName(file.Path));
        Directory.CreateDirectory(Path.GetDirectoryName(link)!); // a combined path always has a directory
        File.CreateSymbolicLink(link, Path.GetFullPath(file.Path));
    }

    /// <summary>After <see cref="WriteOut"/>: reads go to disk from now on, and the buffer is reused.</summary>
    public void Release(GraphFile file)
    {
        var buffer = file.Release();
        buffer.ResetWrittenCount();
        _spareBuffers.Push(buffer);
    }

    private static string Folder(GraphObjectKind kind) => kind == GraphObjectKind.Entity ? "entities" : "relationships";

    private static byte[] Prefix(GraphObjectKind kind) => Encoding.UTF8.GetBytes($"{{\"{Folder(kind)}\":[\n");

    /// <summary>One output file: filled in memory, closed when full, written out, then released.</summary>
    internal sealed class GraphFile(int id, string path, GraphObjectKind kind, string type, byte[] prefix, ArrayBufferWriter<byte> buffer)
    {
        private static readonly byte[] Separator = ",\n"u8.ToArray();
        public static readonly byte[] Suffix = "\n]}\n"u8.ToArray();

        public int Id { get; } = id;

        public string Path { get; } = path;

        public GraphObjectKind Kind { get; } = kind;

        public string Type { get; } = type;

        public int Count { get; private set; }

        /// <summary>The file's bytes while it is being filled; null once written.</summary>
        public ArrayBufferWriter<byte>? Pending { get; private set; } = Start(buffer, prefix);

        public ObjectLocation Append(ReadOnlySpan<byte> json)
        {
            var buffer = Pending is { } pending && !Closed ? pending : throw new InvalidOperationException($"{Path} is closed.");
            if (Count > 0)
            {
                buffer.Write(Separator);
            }

            var location = new ObjectLocation(Id, buffer.WrittenCount, json.Length);
            buffer.Write(json);
            Count++;
            return location;
        }

        /// <summary>Whether the JSON is complete: no more objects, the bytes are final.</summary>
        public bool Closed { get; private set; }

        public void Close()
        {
            var pending = Pending ?? throw new InvalidOperationException($"{Path} was already released.");
            pending.Write(Suffix);
            Closed = true;
        }

        /// <summary>Hands back the buffer of a file that is on disk.</summary>
        public ArrayBufferWriter<byte> Release()
        {
            var pending = Pending ?? throw new InvalidOperationException($"{Path} was already released.");
            Pending = null;
            return pending;
        }

        private static ArrayBufferWriter<byte> Start(ArrayBufferWriter<byte> buffer, byte[] prefix)
        {
            buffer.Write(prefix);
            return buffer;
        }
    }
}
