using System.Text.Json;

namespace TenantGraph.Microsoft;

/// <summary>An API object read into its record, with the raw JSON kept for <c>_rawData</c>.</summary>
public sealed record ApiObject<T>(T Value, JsonElement Raw);
