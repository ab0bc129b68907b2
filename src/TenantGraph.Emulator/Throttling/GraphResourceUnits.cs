using TenantGraph.Emulator.Serving;

namespace TenantGraph.Emulator.Throttling;

/// <summary>The resource-unit cost of a Graph identity read (peers.md §2.3, throttling-limits.md).</summary>
internal static class GraphResourceUnits
{
    public static int Cost(ApiRequest request)
    {
        var rel = request.Segments[2..].Select(s => s.ToLowerInvariant()).ToArray();
        var cost = rel switch
        {
            ["users"] or ["users", "delta"] => 2,
            ["applications"] => 2,
            ["subscribedskus"] => 3,
            ["groups", _, "members", ..] => 3,
            ["groups", _, "transitivemembers", ..] => 5,
            ["serviceprincipals", _, "approleassignments", ..] => 2,
            _ => 1,
        };
        if (request.Query["select"] is not null)
        {
            cost--;
        }

        if (request.Query["expand"] is not null)
        {
            cost++;
        }

        if (int.TryParse(request.Query["top"], System.Globalization.CultureInfo.InvariantCulture, out var top) && top < 20)
        {
            cost--;
        }

        return Math.Max(1, cost);
    }

    /// <summary>S/M/L tenants by user count: 3,500 / 5,000 / 8,000 RU per 10 s per app.</summary>
    public static int BudgetPer10Seconds(int users) => users switch
    {
        < 50 => 3500,
        <= 500 => 5000,
        _ => 8000,
    };
}
