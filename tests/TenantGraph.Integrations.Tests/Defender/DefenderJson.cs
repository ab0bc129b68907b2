using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TenantGraph.Core.DataModel;
using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Tests.Defender;

/// <summary>Small provider objects for converter tests, read as the client reads them.</summary>
internal static class DefenderJson
{
    public static ApiObject<T> Parse<T>(string json, JsonTypeInfo<T> typeInfo)
    {
        var raw = JsonDocument.Parse(json).RootElement.Clone();
        return new ApiObject<T>(raw.Deserialize(typeInfo) ?? throw new InvalidOperationException("null object"), raw);
    }

    public static void AssertValid(Entity entity)
    {
        var errors = EntityValidator.Validate(entity);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
