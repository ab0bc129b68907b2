namespace TenantGraph.Store.Diff;

public enum ChangeKind
{
    Created,
    Updated,
    Deleted,
}
