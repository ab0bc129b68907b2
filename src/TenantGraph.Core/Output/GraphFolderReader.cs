using System.Text.Json;
using TenantGraph.Core.Graph;

namespace TenantGraph.Core.Output;

/// <summary>
/// Reads graph objects back from a folder in the JupiterOne SDK's collect layout
/// (<c>graph/&lt;step&gt;/entities/*.json</c> holding <c>{"entities":[…]}</c>, likewise relationships), as
/// written by <c>collect --output</c> or by JupiterOne's own tooling.
/// </summary>
public sealed class GraphFolderReader
{
    private readonly string _graphDirectory;

    public GraphFolderReader(string collectDirectory)
    {
        _graphDirectory = Path.Combine(collectDirectory, "graph");
        if (!Directory.Exists(_graphDirectory))
        {
            throw new DirectoryNotFoundException($"{collectDirectory} has no graph/ folder; it is not a collect output.");
        }
    }

    /// <summary>Every entity, or only those a given step wrote.</summary>
    public IEnumerable<Entity> ReadEntities(string? stepId = null) => ReadAll("entities", stepId, GraphObjectJson.ReadEntity);

    /// <summary>Every relationship, or only those a given step wrote.</summary>
    public IEnumerable<Relationship> ReadRelationships(string? stepId = null) =>
        ReadAll("relationships", stepId, GraphObjectJson.ReadRelationship);

    private IEnumerable<T> ReadAll<T>(string kind, string? stepId, Func<JsonElement, T> read)
    {
        var root = stepId is null ? _graphDirectory : Path.Combine(_graphDirectory, stepId);
        if (!Directory.Exists(root))
        {
            yield break;
        }

        var files = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == kind)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            using var document = JsonDocument.Parse(stream);
            if (!document.RootElement.TryGetProperty(kind, out var items))
            {
                throw new InvalidDataException($"{file} has no \"{kind}\" array.");
            }

            foreach (var item in items.EnumerateArray())
            {
                yield return read(item);
            }
        }
    }
}
