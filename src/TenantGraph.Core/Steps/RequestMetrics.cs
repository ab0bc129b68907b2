namespace TenantGraph.Core.Steps;

/// <summary>
/// Counters of the API traffic a step (or a whole run) caused: shown live in the progress display and
/// totalled in the run summary. Thread-safe; steps run in parallel and fan requests out.
/// </summary>
public sealed class RequestMetrics
{
    // The runner sets the step's metrics as the ambient value around its handler, so the API client can count
    // requests per step without every call site passing the counters along.
    private static readonly AsyncLocal<RequestMetrics?> Ambient = new();

    private long _requests;
    private long _retries;
    private long _throttleWaits;
    private long _throttleWaitMilliseconds;
    private long _resourceUnits;
    private long _bytes;

    public RequestMetrics(RequestMetrics? parent = null)
    {
        Parent = parent;
    }

    /// <summary>The run-wide totals this step's counters also add to.</summary>
    public RequestMetrics? Parent { get; }

    /// <summary>The metrics of the step whose handler is running on this async flow, if any.</summary>
    public static RequestMetrics? Current => Ambient.Value;

    public long Requests => Interlocked.Read(ref _requests);

    public long Retries => Interlocked.Read(ref _retries);

    public long ThrottleWaits => Interlocked.Read(ref _throttleWaits);

    public TimeSpan ThrottleWaitTime => TimeSpan.FromMilliseconds(Interlocked.Read(ref _throttleWaitMilliseconds));

    public long ResourceUnits => Interlocked.Read(ref _resourceUnits);

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Makes these metrics the ambient ones until the returned scope is disposed.</summary>
    public IDisposable Activate()
    {
        var previous = Ambient.Value;
        Ambient.Value = this;
        return new Restore(previous);
    }

    public void AddRequest(long bytes, long resourceUnits)
    {
        for (var m = this; m is not null; m = m.Parent)
        {
            Interlocked.Increment(ref m._requests);
            Interlocked.Add(ref m._bytes, bytes);
            Interlocked.Add(ref m._resourceUnits, resourceUnits);
        }
    }

    public void AddRetry()
    {
        for (var m = this; m is not null; m = m.Parent)
        {
            Interlocked.Increment(ref m._retries);
        }
    }

    public void AddThrottleWait(TimeSpan wait)
    {
        for (var m = this; m is not null; m = m.Parent)
        {
            Interlocked.Increment(ref m._throttleWaits);
            Interlocked.Add(ref m._throttleWaitMilliseconds, (long)wait.TotalMilliseconds);
        }
    }

    private sealed class Restore(RequestMetrics? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
