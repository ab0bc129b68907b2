namespace TenantGraph.Store;

/// <summary>An entity in its stored columns: <c>classes</c> and <c>properties</c> as JSON text, and its version hash.</summary>
internal sealed record EncodedEntity(string Key, string Type, string Classes, string Properties, string? RawData, byte[] Hash);
