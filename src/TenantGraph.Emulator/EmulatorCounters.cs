namespace TenantGraph.Emulator;

/// <summary>What the emulator has answered so far, per service; safe to read while it serves.</summary>
public sealed class EmulatorCounters
{
    private readonly long[] _requests = new long[4];
    private readonly long[] _throttled = new long[4];
    private readonly long[] _serverErrors = new long[4];

    public long Requests(EmulatorApi api) => Interlocked.Read(ref _requests[(int)api]);

    public long Throttled(EmulatorApi api) => Interlocked.Read(ref _throttled[(int)api]);

    public long ServerErrors(EmulatorApi api) => Interlocked.Read(ref _serverErrors[(int)api]);

    public long TotalRequests => Enum.GetValues<EmulatorApi>().Sum(Requests);

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
