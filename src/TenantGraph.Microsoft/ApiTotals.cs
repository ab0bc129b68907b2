using TenantGraph.Core.Steps;

namespace TenantGraph.Microsoft;

/// <summary>What one client sent to one API over its lifetime, for run summaries and benchmarks.</summary>
public sealed class ApiTotals
{
    private long _throttledResponses;

    public RequestMetrics Metrics { get; } = new();

    /// <summary>Responses the server answered 429 (batch items included).</summary>
    public long ThrottledResponses => Interlocked.Read(ref _throttledResponses);

    internal void AddThrottledResponse() => Interlocked.Increment(ref _throttledResponses);
}
