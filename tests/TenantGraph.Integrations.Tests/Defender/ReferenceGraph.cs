using System.Text.Json;
using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Tests.Defender;

/// <summary>
/// What JupiterOne's own integration produced from the recorded fixtures (testdata/reference/defender.json), and a
/// property-by-property comparison with what TenantGraph collects from the same recordings.
/// </summary>
internal static class ReferenceGraph
{
    private static readonly Lazy<JsonElement> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "reference", "defender.json"))).RootElement);

    public static IReadOnlyList<JsonElement> Entities(string type) =>
        [.. Document.Value.GetProperty("entities").EnumerateArray().Where(e => e.GetProperty("_type").GetString() == type)];

    public static IReadOnlyList<JsonElement> Relationships(string type) =>
        [.. Document.Value.GetProperty("relationships").EnumerateArray().Where(e => e.GetProperty("_type").GetString() == type)];

    /// <summary>Every property of the reference entity, except those named as deliberate changes, has the same value on ours.</summary>
    public static void AssertSameProperties(JsonElement reference, Entity entity, params string[] changedOnPurpose)
    {
        foreach (var property in reference.EnumerateObject())
        {
            if (property.Name is "_key" or "_type" or "_class" or "_rawData" || changedOnPurpose.Contains(property.Name))
            {
                continue;
            }

            Assert.True(entity.Properties.TryGetValue(property.Name, out var value), $"{entity.Key} lacks {property.Name}");
            Assert.True(JsonSerializer.Serialize(property.Value) == JsonSerializer.Serialize(value),
                $"{entity.Key}.{property.Name}: reference {property.Value.GetRawText()}, collected {JsonSerializer.Serialize(value)}");
        }
    }
}
