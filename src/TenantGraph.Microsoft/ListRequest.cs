namespace TenantGraph.Microsoft;

/// <summary>
/// One collection to list. <see cref="Path"/> is relative to the API's base (<c>/users</c>,
/// <c>/subscriptions/{id}/providers/Microsoft.Network/networkSecurityGroups</c>, <c>/machines</c>);
/// <see cref="RequiredPermission"/> is what a 403 tells the user to grant.
/// </summary>
public sealed record ListRequest(MicrosoftApi Api, string Path, string RequiredPermission)
{
    /// <summary>Sent as <c>$top</c>: null for the largest page the API allows, <see cref="NoTop"/> to send none.</summary>
    public const int NoTop = 0;

    public IReadOnlyList<string>? Select { get; init; }

    public string? Filter { get; init; }

    public string? Expand { get; init; }

    /// <summary>ARM's <c>api-version</c>; required for Resource Manager.</summary>
    public string? ApiVersion { get; init; }

    /// <summary>Other query parameters, sent as given.</summary>
    public IReadOnlyDictionary<string, string>? Query { get; init; }

    public int? PageSize { get; init; }

    /// <summary>Sends <c>ConsistencyLevel: eventual</c> on every page (Graph advanced queries, <c>$count</c>).</summary>
    public bool ConsistencyEventual { get; init; }

    /// <summary>A 404 yields nothing instead of throwing <see cref="ProviderNotFoundException"/>.</summary>
    public bool NotFoundIsEmpty { get; init; }
}
