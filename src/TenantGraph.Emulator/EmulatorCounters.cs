namespace TenantGraph.Emulator;

/// <summary>What the emulator has answered so far, per service; safe to read while it serves.</summary>
public sealed class EmulatorCounters
{
    private readonly long[] _requests = new long[4];
    private readonly long[] _throttled = new long[4];
    private readonly long[] _serverErrors = new long[4];
    private long _exportJobs;
    private long _downloads;

    public long Requests(EmulatorApi api) => Interlocked.Read(ref _requests[(int)api]);

    public long Throttled(EmulatorApi api) => Interlocked.Read(ref _throttled[(int)api]);

    public long ServerErrors(EmulatorApi api) => Interlocked.Read(ref _serverErrors[(int)api]);

    /// <summary>Intune report export jobs created (each POST that was accepted).</summary>
    public long ExportJobs => Interlocked.Read(ref _exportJobs);

    /// <summary>Export archives downloaded from their blob URL (not Graph requests).</summary>
    public long Downloads => Interlocked.Read(ref _downloads);

    public long TotalRequests => Enum.GetValues<EmulatorApi>().Sum(Requests);

    internal void RecordExportJob() => Interlocked.Increment(ref _exportJobs);

    internal void RecordDownload() => Interlocked.Increment(ref _downloads);

    internal void Record(EmulatorApi api, int status)
    {
        Interlocked.Increment(ref _requests[(int)api]);
        if (status == 429)
        {
            Interlocked.Increment(ref _throttled[(int)api]);
        }
        else if (status >= 500)
        {
            Interlocked.Increment(ref _serverErrors[(int)api]);
        }
    }
}
