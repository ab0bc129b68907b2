namespace TenantGraph.Emulator;

/// <summary>What the emulator has answered so far, per service; safe to read while it serves.</summary>
public sealed class EmulatorCounters
{
    private readonly long[] _requests = new long[4];
    private readonly long[] _throttled = new long[4];
    private readonly long[] _serverErrors = new long[4];
    private readonly Dictionary<string, int> _armInFlight = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _flights = new();
    private int _peakArmSubscriptions;
    private int _peakArmPerSubscription;

    public long Requests(EmulatorApi api) => Interlocked.Read(ref _requests[(int)api]);

    public long Throttled(EmulatorApi api) => Interlocked.Read(ref _throttled[(int)api]);

    public long ServerErrors(EmulatorApi api) => Interlocked.Read(ref _serverErrors[(int)api]);

    public long TotalRequests => Enum.GetValues<EmulatorApi>().Sum(Requests);

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
