using TenantGraph.Microsoft.Throttling;

namespace TenantGraph.Bench.Microsoft365;

/// <summary>
/// The two budgets a microsoft-365 collection spends (peers.md §2.3): Graph identity resource units per app and tenant,
/// and Intune requests per app and tenant (1,000 per 20 s). They are separate, so the slower one bounds the run.
/// </summary>
internal sealed record Lanes(int GraphBudgetPer10Seconds, ThrottleBudgets Client)
{
    public const double IntuneRate = 1000 / 20.0;

    private const int IntuneBucket = 1000;

    public double GraphRate => GraphBudgetPer10Seconds / 10.0;

    public double ClientGraphRate => Client.GraphResourceUnitsPer10Seconds * Client.Headroom / 10;

    public double ClientIntuneRate => Client.IntuneRequestsPer20Seconds * Client.Headroom / 20;

    public double Bound(double graphUnits, double intuneRequests) => Math.Max(graphUnits / GraphRate, intuneRequests / IntuneRate);

    /// <summary>The server's buckets start full, so a perfect client spends one full bucket of each at once.</summary>
    public double BoundAfterFullBuckets(double graphUnits, double intuneRequests) =>
        Math.Max(Math.Max(0, graphUnits - GraphBudgetPer10Seconds) / GraphRate, Math.Max(0, intuneRequests - IntuneBucket) / IntuneRate);

    /// <summary>How fast the client lets itself go: its budgets less its headroom.</summary>
    public double ClientFloor(double graphUnits, double intuneRequests) =>
        Math.Max(graphUnits / ClientGraphRate, intuneRequests / ClientIntuneRate);
}
