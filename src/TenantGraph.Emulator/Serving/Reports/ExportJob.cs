namespace TenantGraph.Emulator.Serving.Reports;

/// <summary>One report export job; <see cref="Polls"/> and <see cref="Archive"/> change under the job's own lock.</summary>
internal sealed class ExportJob(string id, string reportName, IReadOnlyList<string> select, string format, bool stalled, DateTimeOffset requested)
{
    public string Id { get; } = id;

    public string ReportName { get; } = reportName;

    public IReadOnlyList<string> Select { get; } = select;

    public string Format { get; } = format;

    /// <summary>Never completes: Graph sometimes leaves a job in progress for good, and a fresh job then succeeds.</summary>
    public bool Stalled { get; } = stalled;

    public DateTimeOffset Requested { get; } = requested;

    public Lock Gate { get; } = new();

    public int Polls { get; set; }

    /// <summary>The zip's path once the job has completed.</summary>
    public string? Archive { get; set; }
}
