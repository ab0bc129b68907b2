namespace TenantGraph.Store;

/// <summary>A relationship in its stored columns: <c>mapping</c> and <c>properties</c> as JSON text, and its version hash.</summary>
internal sealed record EncodedRelationship(
    string Key, string Type, string Class, string? FromKey, string? ToKey, string? Mapping, string Properties, byte[] Hash);
