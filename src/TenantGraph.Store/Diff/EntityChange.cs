using TenantGraph.Core.Graph;

namespace TenantGraph.Store.Diff;

/// <summary>A created (only <see cref="After"/>), deleted (only <see cref="Before"/>) or updated entity.</summary>
public sealed record EntityChange(ChangeKind Kind, Entity? Before, Entity? After, IReadOnlyList<PropertyChange> Properties)
{
    // One of the two is always set: the constructor callers in DiffBuilder pass at least one side.
    public string Key => (After ?? Before)!.Key;

    public string Type => (After ?? Before)!.Type;
}
