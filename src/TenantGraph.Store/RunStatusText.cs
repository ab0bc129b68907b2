namespace TenantGraph.Store;

/// <summary>The spelling of <see cref="RunStatus"/> in the <c>runs.status</c> column.</summary>
public static class RunStatusText
{
    public static string ToWire(this RunStatus status) => status switch
    {
        RunStatus.Running => "running",
        RunStatus.Succeeded => "succeeded",
        RunStatus.Partial => "partial",
        RunStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static RunStatus Parse(string text) => text switch
    {
        "running" => RunStatus.Running,
        "succeeded" => RunStatus.Succeeded,
        "partial" => RunStatus.Partial,
        "failed" => RunStatus.Failed,
        _ => throw new ArgumentException($"'{text}' is not a run status.", nameof(text)),
    };

    public static bool HasSnapshot(this RunStatus status) => status is RunStatus.Succeeded or RunStatus.Partial;
}
