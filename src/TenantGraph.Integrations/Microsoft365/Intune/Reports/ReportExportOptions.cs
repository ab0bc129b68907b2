namespace TenantGraph.Integrations.Microsoft365.Intune.Reports;

/// <summary>
/// Bounds on an Intune report export: how long to wait for a job, how often to resubmit one that never completes,
/// and how large a download may be. Graph sometimes leaves a job in progress for good; a fresh job then succeeds.
/// </summary>
internal sealed record ReportExportOptions
{
    /// <summary>The wait before each status read; the last one repeats.</summary>
    public IReadOnlyList<TimeSpan> PollDelays { get; init; } =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5)];

    /// <summary>Status reads per job before it counts as stalled: 60 is about five minutes.</summary>
    public int MaxPolls { get; init; } = 60;

    /// <summary>Jobs submitted in all before the export is given up.</summary>
    public int MaxSubmissions { get; init; } = 3;

    /// <summary>The largest zip downloaded; it goes to a temporary file, not to memory.</summary>
    public long MaxArchiveBytes { get; init; } = 1L << 30;

    /// <summary>The largest CSV read out of the zip (read as a stream, row by row).</summary>
    public long MaxCsvBytes { get; init; } = 8L << 30;

    public static ReportExportOptions Default { get; } = new();
}
