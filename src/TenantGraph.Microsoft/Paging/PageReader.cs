using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using TenantGraph.Core.Errors;
using TenantGraph.Microsoft.Http;
using TenantGraph.Microsoft.Logging;

namespace TenantGraph.Microsoft.Paging;

/// <summary>
/// Follows a listing to its end in the API's own paging style: Graph's <c>@odata.nextLink</c>, ARM's
/// <c>nextLink</c>, Defender's <c>$top</c>/<c>$skip</c> (or its <c>@odata.nextLink</c> when it sends one).
/// </summary>
internal sealed class PageReader(ApiSender sender)
{
    public const string ExpiredPageToken = "Directory_ExpiredPageToken";

    /// <param name="startLink">A nextLink or deltaLink to continue from instead of the first page.</param>
    /// <param name="deduplicate">
    /// Whether to remember ids so a restart after an expired page token yields nothing twice. Delta rounds pass
    /// false: there the same object legitimately comes back with more changes.
    /// </param>
    /// <remarks>
    /// Once a server has sent a nextLink, only nextLinks are followed. Defender pages by <c>$skip</c> only while it
    /// sends none: the offset grows by the items received, and a full page is followed by one more request (which
    /// comes back empty when the total was an exact multiple of the page size) unless <c>@odata.count</c> says
    /// everything has been read.
    /// </remarks>
    public async IAsyncEnumerable<RawPage> ReadAsync(ListRequest request, string? startLink, bool deduplicate,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var endpoints = sender.Options.Endpoints;
        var first = startLink is null ? RequestUris.First(endpoints, request) : RequestUris.Link(endpoints, request.Api, startLink);
        var isGraph = request.Api is MicrosoftApi.Graph or MicrosoftApi.GraphBeta;
        var seen = isGraph && deduplicate ? new HashSet<string>(StringComparer.Ordinal) : null;
        var top = RequestUris.PageSize(request);
        var skip = 0;
        var followingLinks = startLink is not null;
        var restarts = 0;
        Uri? next = first;
        var onFirstPage = true;
        while (next is not null)
        {
            var call = Call(request, next);
            ApiResponse response;
            try
            {
                response = await sender.SendAsync(call, cancellationToken);
            }
            catch (ProviderApiException e) when (isGraph && !onFirstPage && e.ErrorCode == ExpiredPageToken
                && restarts < sender.Options.MaxPageRestarts)
            {
                restarts++;
                Log.PageTokenExpired(sender.Logger, call.Path, restarts);
                next = first;
                onFirstPage = true;
                continue;
            }

            if (response.IsNotFound)
            {
                yield break;
            }

            var (items, count) = Items(call, response.Body, seen);
            var nextLink = Text(response.Body, isGraph || request.Api == MicrosoftApi.Defender ? "@odata.nextLink" : "nextLink");
            if (nextLink is not null && request.Api == MicrosoftApi.ResourceManager && !ArmContinuation.Continues(nextLink))
            {
                nextLink = null;
            }

            var deltaLink = Text(response.Body, "@odata.deltaLink");
            yield return new RawPage(call.Path, items, nextLink, deltaLink);

            onFirstPage = false;
            var current = next;
            next = null;
            if (nextLink is not null)
            {
                followingLinks = true;
                var link = RequestUris.Link(endpoints, request.Api, nextLink);
                // A link back to the page just read would repeat it forever.
                next = link == current ? null : link;
            }
            else if (request.Api == MicrosoftApi.Defender && !followingLinks && top is { } size && count == size)
            {
                skip += count;
                if (Total(response.Body) is not { } total || skip < total)
                {
                    next = RequestUris.First(endpoints, request, skip);
                }
            }
        }
    }

    public ApiCall Call(ListRequest request, Uri uri) =>
        new(request.Api, HttpMethod.Get, uri, RequestUris.PathOf(sender.Options.Endpoints, request.Api, uri), request.RequiredPermission)
        {
            ConsistencyEventual = request.ConsistencyEventual,
            NotFoundIsEmpty = request.NotFoundIsEmpty,
            PreferMaxPageSize = request.Path.EndsWith("/delta", StringComparison.OrdinalIgnoreCase) ? RequestUris.GraphMaxPageSize : null,
        };

    internal static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static long? Total(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("@odata.count", out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out var total)
            ? total
            : null;

    private static (IReadOnlyList<JsonElement> Items, int Count) Items(ApiCall call, JsonElement body, HashSet<string>? seen)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            throw new ProviderApiException($"{call.Method.Method} {call.Path} returned a body without a 'value' array",
                System.Net.HttpStatusCode.OK, call.Method.Method, call.Path);
        }

        var items = new List<JsonElement>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            if (seen is null || Text(item, "id") is not { } id || seen.Add(id))
            {
                items.Add(item);
            }
        }

        return (items, value.GetArrayLength());
    }
}
