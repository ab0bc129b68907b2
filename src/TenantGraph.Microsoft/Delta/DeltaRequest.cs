namespace TenantGraph.Microsoft.Delta;

/// <summary>
/// A Graph delta round: <see cref="Path"/> is <c>/users/delta</c>, <c>/groups/delta</c> or <c>/devices/delta</c>.
/// <see cref="PreviousDeltaLink"/> is what the last round returned; without one the round is a full sync.
/// The link encodes the original <c>$select</c>, so <see cref="Select"/> only applies to full syncs.
/// </summary>
public sealed record DeltaRequest(string Path, string RequiredPermission)
{
    public IReadOnlyList<string>? Select { get; init; }

    public string? PreviousDeltaLink { get; init; }
}

public enum DeltaSyncKind
{
    /// <summary>Only changes since the previous deltaLink.</summary>
    Incremental,

    /// <summary>Every object: there was no previous deltaLink.</summary>
    Full,

    /// <summary>Every object: the previous deltaLink had expired or was refused (410, syncStateNotFound).</summary>
    FullAfterExpiredLink,
}
