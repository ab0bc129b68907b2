namespace TenantGraph.Emulator;

/// <summary>What the emulator has answered so far, per service; safe to read while it serves.</summary>
public sealed class EmulatorCounters
{
    private readonly long[] _requests = new long[4];
    private readonly long[] _throttled = new long[4];
    private readonly long[] _serverErrors = new long[4];
    private long _exportJobs;
    private long _downloads;
    private readonly Dictionary<string, int> _armInFlight = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _flights = new();
    private int _peakArmSubscriptions;
    private int _peakArmPerSubscription;

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

    /// <summary>The most subscriptions that had ARM requests in flight at one moment (latency included).</summary>
    public int PeakArmSubscriptionsInFlight
    {
        get
        {
            lock (_flights)
            {
                return _peakArmSubscriptions;
            }
        }
    }

    /// <summary>The most ARM requests one subscription had in flight at one moment (latency included).</summary>
    public int PeakArmRequestsInFlightPerSubscription
    {
        get
        {
            lock (_flights)
            {
                return _peakArmPerSubscription;
            }
        }
    }

    internal void ArmRequestStarted(string subscriptionId)
    {
        lock (_flights)
        {
            var inFlight = _armInFlight.GetValueOrDefault(subscriptionId) + 1;
            _armInFlight[subscriptionId] = inFlight;
            _peakArmPerSubscription = Math.Max(_peakArmPerSubscription, inFlight);
            _peakArmSubscriptions = Math.Max(_peakArmSubscriptions, _armInFlight.Count);
        }
    }

    internal void ArmRequestEnded(string subscriptionId)
    {
        lock (_flights)
        {
            if (_armInFlight[subscriptionId] == 1)
            {
                _armInFlight.Remove(subscriptionId);
            }
            else
            {
                _armInFlight[subscriptionId]--;
            }
        }
    }

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
