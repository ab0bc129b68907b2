using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Tests.Microsoft365;

/// <summary>Small Graph objects for converter tests, read the way the client reads them.</summary>
internal static class Json
{
    public static ApiObject<T> Object<T>(string json, JsonTypeInfo<T> typeInfo)
    {
        var raw = JsonDocument.Parse(json).RootElement.Clone();
        return new ApiObject<T>(raw.Deserialize(typeInfo)!, raw); // test input always reads
    }
}
