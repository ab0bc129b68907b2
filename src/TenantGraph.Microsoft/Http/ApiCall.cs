using System.Text.Json;

namespace TenantGraph.Microsoft.Http;

/// <summary>
/// One HTTP request as the sender sees it. <see cref="Path"/> is the API-relative path without query: it names
/// the request in logs and errors, while the query may hold opaque tokens.
/// </summary>
internal sealed record ApiCall(MicrosoftApi Api, HttpMethod Method, Uri Uri, string Path, string RequiredPermission)
{
    public bool ConsistencyEventual { get; init; }

    public bool NotFoundIsEmpty { get; init; }

    /// <summary>Sent as <c>Prefer: odata.maxpagesize=N</c>: delta queries take no <c>$top</c>, only this.</summary>
    public int? PreferMaxPageSize { get; init; }

    /// <summary>A JSON body, written when the request is sent (each retry writes it anew).</summary>
    public Action<Utf8JsonWriter>? Body { get; init; }

    /// <summary>The (path, query) pairs whose budgets the call spends; a $batch spends one per item.</summary>
    public IReadOnlyList<(string Path, string Query)>? BudgetItems { get; init; }
}

/// <summary>A response that reached the caller: success, or a 404 the caller accepts as empty.</summary>
internal sealed record ApiResponse(int Status, JsonElement Body)
{
    public bool IsNotFound => Status == 404;
}
