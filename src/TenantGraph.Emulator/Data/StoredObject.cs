namespace TenantGraph.Emulator.Data;

/// <summary>One object of a collection as raw UTF-8 JSON; a null body marks a deletion kept for delta.</summary>
internal sealed class StoredObject(string id, long version, byte[]? utf8)
{
    public string Id { get; } = id;

    public long Version { get; set; } = version;

    public byte[]? Utf8 { get; set; } = utf8;

    public bool IsDeleted => Utf8 is null;

    /// <summary>The <c>@odata.type</c> the object had before deletion; delta names it in removed members.</summary>
    public string? DeletedODataType { get; set; }
}
