using TenantGraph.Core.Graph;

namespace TenantGraph.Store.Diff;

/// <summary>A created (only <see cref="After"/>), deleted (only <see cref="Before"/>) or updated relationship.</summary>
public sealed record RelationshipChange(
    ChangeKind Kind, Relationship? Before, Relationship? After, IReadOnlyList<PropertyChange> Properties)
{
    // One of the two is always set: the constructor callers in DiffBuilder pass at least one side.
    public string Key => (After ?? Before)!.Key;

    public string Type => (After ?? Before)!.Type;
}
