namespace TenantGraph.Store.Diff;

public enum DiffFormat
{
    Table,
    Json,
    Csv,
}
