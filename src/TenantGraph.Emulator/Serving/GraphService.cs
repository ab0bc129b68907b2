using System.Globalization;
using System.Text.Json;
using TenantGraph.Emulator.Data;

namespace TenantGraph.Emulator.Serving;

/// <summary>Microsoft Graph v1.0 and beta reads over the tenant: collections, single objects, singletons.</summary>
internal sealed class GraphService(TenantData data, PageTokens pageTokens, DeltaService delta, TimeProvider time)
{
    public ApiResponse Get(ApiRequest request)
    {
        var segments = request.Segments;
        if (segments.Length < 3)
        {
            return ErrorBodies.Graph(400, "BadRequest", "Invalid request.", request, time.GetUtcNow());
        }

        if (segments[^1].Equals("delta", StringComparison.OrdinalIgnoreCase))
        {
            return delta.Get(request);
        }

        lock (data.Gate)
        {
            if (TenantLookup.Collection(data, request.Path) is { } collection)
            {
                return List(request, collection.Items, segments);
            }

            if (TenantLookup.Singleton(data, request.Path) is { } singleton)
            {
                return Single(request, singleton, request.Path, segments);
            }

            if (TenantLookup.Item(data, request.Path) is { Utf8: { } item })
            {
                return Single(request, item, request.Path, segments);
            }

            var parent = request.Path[..request.Path.LastIndexOf('/')];
            if (segments.Length > 3 && TenantLookup.Item(data, parent) is { IsDeleted: false })
            {
                // A navigation of an existing object with nothing in it, such as a group without members.
                return List(request, [], segments);
            }
        }

        if (KnownCollections.IsGraph(segments))
        {
            // A valid collection the tenant has nothing in (no file for it): Graph answers an empty value.
            lock (data.Gate)
            {
                return List(request, [], segments);
            }
        }

        return segments.Length > 3
            ? ErrorBodies.Graph(404, "Request_ResourceNotFound",
                $"Resource '{segments[3]}' does not exist or one of its queried reference-property objects are not present.", request, time.GetUtcNow())
            : ErrorBodies.Graph(400, "BadRequest", $"Resource not found for the segment '{segments[2]}'.", request, time.GetUtcNow());
    }

    private ApiResponse List(ApiRequest request, IReadOnlyList<StoredObject> items, string[] segments)
    {
        var now = time.GetUtcNow();
        var limits = GraphPageLimits.For(segments[2]);
        var size = limits.Default;
        if (request.Query["top"] is { } topText)
        {
            if (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out var top) || top < 1 || (top > limits.Max && !limits.Clamps))
            {
                return ErrorBodies.Graph(400, "Request_BadRequest",
                    $"Invalid page size specified: '{topText}'. Must be between 1 and {limits.Max} inclusive.", request, now);
            }

            size = Math.Min(top, limits.Max);
        }

        ODataFilter? filter = null;
        if (request.Query["filter"] is { } filterText)
        {
            try
            {
                filter = ODataFilter.Parse(filterText);
            }
            catch (FormatException ex)
            {
                return ErrorBodies.Graph(400, "BadRequest", $"Invalid filter clause: {ex.Message}", request, now);
            }
        }

        var eventual = string.Equals(request.Header("ConsistencyLevel"), "eventual", StringComparison.OrdinalIgnoreCase);
        if (limits.IsDirectory && request.Query.Count && !eventual)
        {
            return ErrorBodies.Graph(400, "Request_BadRequest", "$count is not currently supported.", request, now);
        }

        if (limits.IsDirectory && filter is { IsAdvanced: true } && !(eventual && request.Query.Count))
        {
            return ErrorBodies.Graph(400, "Request_UnsupportedQuery", "Unsupported or invalid query filter clause specified.", request, now);
        }

        long start = 0;
        if (request.Query["skiptoken"] is { } skipToken)
        {
            switch (pageTokens.Read(skipToken, PageTokens.Page, out var token))
            {
                case PageTokenStatus.Expired:
                    return ErrorBodies.Graph(400, "Directory_ExpiredPageToken",
                        "The specified page token value has expired and can no longer be included in your request.", request, now);
                case PageTokenStatus.Invalid:
                    return ErrorBodies.Graph(400, "Request_BadRequest", "Invalid skip token.", request, now);
                default:
                    start = token!.Position; // Valid always carries a token
                    break;
            }
        }

        var (page, next) = CollectionPager.FromPosition(items, start, size, filter);
        var select = request.Query.Select;
        var expand = request.Query.Expand;
        var body = ErrorBodies.Write(writer =>
        {
            writer.WriteString("@odata.context", $"{request.BaseUrl}graph/{segments[1]}/$metadata#{string.Join('/', segments[2..])}");
            if (request.Query.Count)
            {
                writer.WriteNumber("@odata.count", CollectionPager.Count(items, filter));
            }

            if (next is { } position)
            {
                var rest = request.Query.Without("skiptoken");
                writer.WriteString("@odata.nextLink",
                    $"{request.BaseUrl}{request.Path}?{rest}{(rest.Length > 0 ? "&" : string.Empty)}$skiptoken={pageTokens.Issue(PageTokens.Page, position)}");
            }

            writer.WriteStartArray("value");
            foreach (var item in page)
            {
                JsonProjection.Write(writer, item, select, Expansions(request.Path, item, expand));
            }

            writer.WriteEndArray();
        });
        return new ApiResponse(200, body);
    }

    private ApiResponse Single(ApiRequest request, byte[] item, string path, string[] segments)
    {
        var expanded = Expansions(path[..path.LastIndexOf('/')], item, request.Query.Expand);
        var body = ErrorBodies.Write(writer =>
        {
            writer.WriteString("@odata.context", $"{request.BaseUrl}graph/{segments[1]}/$metadata#{string.Join('/', segments[2..])}/$entity");
            using var document = JsonDocument.Parse(Project(item, request.Query.Select, expanded));
            JsonProjection.WriteProperties(writer, document.RootElement, null);
        });
        return new ApiResponse(200, body);
    }

    /// <summary>Children at <c>{collection}/{id}/{navigation}</c> for each <c>$expand</c> name; caller holds the lock.</summary>
    private Dictionary<string, IReadOnlyList<byte[]>>? Expansions(string collectionPath, byte[] item, IReadOnlyList<string>? expand)
    {
        if (expand is null)
        {
            return null;
        }

        var id = TenantCollection.IdOf(item, -1);
        var expanded = new Dictionary<string, IReadOnlyList<byte[]>>();
        foreach (var navigation in expand.Select(e => e.Split('(')[0]))
        {
            var children = TenantLookup.Collection(data, $"{collectionPath}/{id}/{navigation}");
            expanded[navigation] = children is null ? [] : [.. children.Items.Where(c => !c.IsDeleted).Select(c => c.Utf8!)]; // live items have a body
        }

        return expanded;
    }

    private static byte[] Project(byte[] item, IReadOnlyList<string>? select, IReadOnlyDictionary<string, IReadOnlyList<byte[]>>? expanded)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            JsonProjection.Write(writer, item, select, expanded);
        }

        return stream.ToArray();
    }
}
