using System.Text.Json;

namespace TenantGraph.Core.Graph;

/// <summary>An object read from a provider API: the typed fields a converter reads and the raw JSON it came from.</summary>
public sealed record ApiObject<T>(T Value, JsonElement Raw);
