namespace TenantGraph.Microsoft.Throttling;

/// <summary>
/// Graph's resource-unit cost of an identity request, estimated before sending (peers.md §2.3): base cost by
/// operation, −1 for <c>$select</c>, +1 for <c>$expand</c>, −1 for <c>$top</c> under 20, at least 1. The
/// response's <c>x-ms-resource-unit</c> corrects the estimate afterwards.
/// </summary>
internal static class ResourceUnitCost
{
    public static int Estimate(string path, string query)
    {
        var segments = path.Trim('/').ToLowerInvariant().Split('/');
        var cost = segments switch
        {
            ["users"] or ["users", "delta"] or ["applications"] => 2,
            ["subscribedskus"] => 3,
            ["groups", _, "members", ..] => 3,
            ["groups", _, "transitivemembers", ..] => 5,
            ["serviceprincipals", _, "approleassignments", ..] => 2,
            ["directoryobjects", "getbyids"] => query.Contains("$select=", StringComparison.Ordinal) ? 3 : 5,
            _ => 1,
        };
        if (query.Contains("$select=", StringComparison.Ordinal))
        {
            cost--;
        }

        if (query.Contains("$expand=", StringComparison.Ordinal))
        {
            cost++;
        }

        var top = query.IndexOf("$top=", StringComparison.Ordinal);
        if (top >= 0 && int.TryParse(query.AsSpan(top + 5).ToString().Split('&')[0], out var size) && size < 20)
        {
            cost--;
        }

        return Math.Max(1, cost);
    }
}
