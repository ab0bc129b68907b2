using System.Text.Json;

namespace TenantGraph.Microsoft.Delta;

/// <summary>
/// One object of a delta round. <see cref="Removed"/> is set for deletions (<c>changed</c>: soft-deleted,
/// <c>deleted</c>: gone for good), and then <see cref="Value"/> is null. A group with many members can arrive
/// several times in one round, each time with more <see cref="Members"/>: merge, do not replace.
/// </summary>
public sealed record DeltaChange<T>(string Id, T? Value, JsonElement Raw, string? Removed, IReadOnlyList<DeltaMemberChange> Members)
{
    public bool IsRemoved => Removed is not null;
}

/// <summary>One entry of <c>members@delta</c>: a member added, or removed when <see cref="Removed"/> is true.</summary>
public sealed record DeltaMemberChange(string Id, string? ODataType, bool Removed);
