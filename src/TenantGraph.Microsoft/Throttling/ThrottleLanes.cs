using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace TenantGraph.Microsoft.Throttling;

/// <summary>
/// Which budgets a request draws on and how much. Graph identity requests spend resource units, Intune and the
/// identity-protection APIs count requests in their own lanes, ARM counts reads per subscription, Defender per
/// minute and per hour.
/// </summary>
internal sealed class ThrottleLanes(ThrottleBudgets budgets, TimeProvider time)
{
    private static readonly string[] IntunePrefixes = ["/deviceManagement", "/deviceAppManagement"];

    private static readonly string[] IdentityProtectionPrefixes =
        ["/identity/conditionalAccess", "/identityProtection", "/riskyUsers", "/riskDetections"];

    private readonly ConcurrentDictionary<string, SlidingWindowLimiter> _limiters = new(StringComparer.Ordinal);

    public IReadOnlyList<LaneCharge> For(MicrosoftApi api, string path, string query)
    {
        if (!budgets.Enabled)
        {
            return [];
        }

        switch (api)
        {
            case MicrosoftApi.Graph or MicrosoftApi.GraphBeta:
                if (IntunePrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                {
                    return [new(Lane("graph-intune", budgets.IntuneRequestsPer20Seconds, TimeSpan.FromSeconds(20)), 1)];
                }

                if (IdentityProtectionPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                {
                    return [new(Lane("graph-identity-protection", budgets.IdentityProtectionRequestsPerSecond, TimeSpan.FromSeconds(1)), 1)];
                }

                return [new(GraphResourceUnits, ResourceUnitCost.Estimate(path, query))];
            case MicrosoftApi.ResourceManager:
                return [new(Lane("arm:" + ResourceManagerScope(path), budgets.ResourceManagerReadsPer10Seconds, TimeSpan.FromSeconds(10)), 1)];
            case MicrosoftApi.Defender when path.StartsWith("/advancedqueries", StringComparison.OrdinalIgnoreCase):
                return
                [
                    new(Lane("defender-hunting-minute", budgets.DefenderHuntingCallsPerMinute, TimeSpan.FromMinutes(1)), 1),
                    new(Lane("defender-minute", budgets.DefenderCallsPerMinute, TimeSpan.FromMinutes(1)), 1),
                    new(Lane("defender-hour", budgets.DefenderCallsPerHour, TimeSpan.FromHours(1)), 1),
                ];
            case MicrosoftApi.Defender:
                return
                [
                    new(Lane("defender-minute", budgets.DefenderCallsPerMinute, TimeSpan.FromMinutes(1)), 1),
                    new(Lane("defender-hour", budgets.DefenderCallsPerHour, TimeSpan.FromHours(1)), 1),
                ];
            default:
                return [];
        }
    }

    private SlidingWindowLimiter GraphResourceUnits =>
        Lane("graph-resource-units", budgets.GraphResourceUnitsPer10Seconds, TimeSpan.FromSeconds(10));

    /// <summary>Reads what the response says about the budgets and tightens the lanes accordingly.</summary>
    public void Observe(MicrosoftApi api, IReadOnlyList<LaneCharge> charges, HttpResponseHeaders headers)
    {
        if (charges.Count == 0)
        {
            return;
        }

        if (api is MicrosoftApi.Graph or MicrosoftApi.GraphBeta && charges[0].Limiter == GraphResourceUnits)
        {
            if (Number(headers, "x-ms-resource-unit") is { } units)
            {
                charges[0].Limiter.Charge(units - charges[0].Cost);
            }

            // Sent only above 80% of the limit: trust it over the local count.
            if (Number(headers, "x-ms-throttle-limit-percentage") is { } used)
            {
                var fraction = used > 1 ? used / 100 : used;
                charges[0].Limiter.Remaining(budgets.GraphResourceUnitsPer10Seconds * budgets.Headroom * (1 - fraction));
            }
        }
        else if (api == MicrosoftApi.ResourceManager && Number(headers, "x-ms-ratelimit-remaining-subscription-reads") is { } reads)
        {
            charges[0].Limiter.Remaining(reads - (budgets.ResourceManagerReadsPer10Seconds * (1 - budgets.Headroom)));
        }
    }

    /// <summary>A 429 or 503 with Retry-After: hold the request's lanes for that long.</summary>
    public static void Block(IReadOnlyList<LaneCharge> charges, TimeSpan delay)
    {
        foreach (var charge in charges)
        {
            charge.Limiter.Block(delay);
        }
    }

    internal static double? Number(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private SlidingWindowLimiter Lane(string name, double limit, TimeSpan window) =>
        _limiters.GetOrAdd(name, n => new SlidingWindowLimiter(n, Math.Max(1, limit * budgets.Headroom), window, time));

    /// <summary>The subscription an ARM path reads (lowercased), or <c>tenant</c>: the scope ARM budgets it by.</summary>
    internal static string ResourceManagerScope(string path)
    {
        var segments = path.Trim('/').Split('/');
        return segments.Length >= 2 && segments[0].Equals("subscriptions", StringComparison.OrdinalIgnoreCase)
            ? segments[1].ToLowerInvariant()
            : "tenant";
    }
}

internal readonly record struct LaneCharge(SlidingWindowLimiter Limiter, double Cost);
