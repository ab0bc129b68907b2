namespace TenantGraph.Store;

/// <summary>How a run reaches the history tables (docs/store.md, "Loading a run"), as the log names it.</summary>
internal static class LoadPath
{
    /// <summary>The instance has no current versions: the run is inserted into the history in one transaction.</summary>
    public const string Direct = "straight into the history (the instance has no current versions)";

    /// <summary>The run is staged in temp tables and merged with the current versions at completion.</summary>
    public const string Staged = "through staging tables and a merge";
}
