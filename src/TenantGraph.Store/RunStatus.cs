namespace TenantGraph.Store;

/// <summary>Where a run stands. Only <see cref="Succeeded"/> and <see cref="Partial"/> runs have a snapshot.</summary>
public enum RunStatus
{
    Running,
    Succeeded,
    Partial,
    Failed,
}
