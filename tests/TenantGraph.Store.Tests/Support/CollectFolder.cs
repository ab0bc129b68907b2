using System.Text.Json;
using TenantGraph.Core.Graph;

namespace TenantGraph.Store.Tests.Support;

/// <summary>Writes a folder in the JupiterOne collect layout (sdk-spec §3.1) with one succeeded and one failed step.</summary>
internal static class CollectFolder
{
    public static DirectoryInfo Write(IReadOnlyList<Entity> entities, IReadOnlyList<Relationship> relationships,
        IReadOnlyList<string> failedStepTypes)
    {
        var folder = Directory.CreateTempSubdirectory("tenantgraph-collect-");
        WriteFile(Path.Combine(folder.FullName, "graph", "fetch-users", "entities", "a.json"), "entities",
            w => entities.ToList().ForEach(e => GraphObjectJson.WriteEntity(w, e)));
        WriteFile(Path.Combine(folder.FullName, "graph", "fetch-users", "relationships", "b.json"), "relationships",
            w => relationships.ToList().ForEach(r => GraphObjectJson.WriteRelationship(w, r)));
        var summary = new
        {
            integrationStepResults = new object[]
            {
                new { id = "fetch-users", name = "Fetch users", declaredTypes = new[] { Samples.UserType }, partialTypes = Array.Empty<string>(),
                    encounteredTypes = new[] { Samples.UserType }, status = "success", startTime = 1_700_000_000_000L, endTime = 1_700_000_001_000L },
                new { id = "fetch-devices", name = "Fetch devices", declaredTypes = failedStepTypes, partialTypes = Array.Empty<string>(),
                    encounteredTypes = Array.Empty<string>(), status = "failure", startTime = 1_700_000_000_000L, endTime = 1_700_000_002_000L },
            },
            metadata = new { partialDatasets = new { types = failedStepTypes } },
        };
        File.WriteAllText(Path.Combine(folder.FullName, "summary.json"), JsonSerializer.Serialize(summary));
        return folder;
    }

    private static void WriteFile(string path, string arrayName, Action<Utf8JsonWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // A path built by Path.Combine always has a directory.
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartObject();
        writer.WriteStartArray(arrayName);
        write(writer);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
