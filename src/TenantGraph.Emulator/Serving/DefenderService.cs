using System.Globalization;
using TenantGraph.Emulator.Data;

namespace TenantGraph.Emulator.Serving;

/// <summary>Defender for Endpoint API reads: <c>$top</c>/<c>$skip</c> paging, at most 10,000 per page.</summary>
internal sealed class DefenderService(TenantData data, bool nextLinks)
{
    public const int MaxPageSize = 10_000;

    public ApiResponse Get(ApiRequest request)
    {
        var segments = request.Segments;
        lock (data.Gate)
        {
            if (data.FindCollection(request.Path) is { } collection)
            {
                return List(request, collection.Items, segments);
            }

            if (TenantLookup.Item(data, request.Path) is { Utf8: { } item })
            {
                var body = ErrorBodies.Write(writer =>
                {
                    writer.WriteString("@odata.context", $"{request.BaseUrl}defender/api/$metadata#{EntitySet(segments)}/$entity");
                    using var document = System.Text.Json.JsonDocument.Parse(item);
                    JsonProjection.WriteProperties(writer, document.RootElement, request.Query.Select);
                });
                return new ApiResponse(200, body);
            }

            if (KnownCollections.IsDefender(segments)
                || (segments.Length > 3 && TenantLookup.Item(data, request.Path[..request.Path.LastIndexOf('/')]) is { IsDeleted: false }))
            {
                return List(request, [], segments);
            }
        }

        return segments.Length > 3
            ? ErrorBodies.Defender(404, "ResourceNotFound", $"{EntitySet(segments).TrimEnd('s')} {segments[3]} was not found.", request)
            : ErrorBodies.DefenderNoRoute(request);
    }

    private ApiResponse List(ApiRequest request, IReadOnlyList<StoredObject> items, string[] segments)
    {
        var size = MaxPageSize;
        var skip = 0;
        if ((request.Query["top"] is { } top && !int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out size))
            || (request.Query["skip"] is { } skipText && !int.TryParse(skipText, NumberStyles.None, CultureInfo.InvariantCulture, out skip)))
        {
            return ErrorBodies.Defender(400, "InvalidRequestBody", "Invalid $top or $skip value.", request);
        }

        size = Math.Clamp(size, 1, MaxPageSize);
        ODataFilter? filter = null;
        if (request.Query["filter"] is { } filterText)
        {
            try
            {
                filter = ODataFilter.Parse(filterText);
            }
            catch (FormatException ex)
            {
                return ErrorBodies.Defender(400, "InvalidRequestBody", $"Invalid filter: {ex.Message}", request);
            }
        }

        var (page, more) = CollectionPager.FromSkip(items, skip, size, filter);
        var body = ErrorBodies.Write(writer =>
        {
            writer.WriteString("@odata.context", $"{request.BaseUrl}defender/api/$metadata#{EntitySet(segments)}");
            if (request.Query.Count || segments[^1].Equals("vulnerabilities", StringComparison.OrdinalIgnoreCase))
            {
                writer.WriteNumber("@odata.count", CollectionPager.Count(items, filter));
            }

            writer.WriteStartArray("value");
            foreach (var item in page)
            {
                JsonProjection.Write(writer, item, request.Query.Select);
            }

            writer.WriteEndArray();
            if (more && nextLinks)
            {
                var rest = request.Query.Without("top", "skip");
                writer.WriteString("@odata.nextLink",
                    $"{request.BaseUrl}{request.Path}?{rest}{(rest.Length > 0 ? "&" : string.Empty)}$top={size}&$skip={skip + size}");
            }
        });
        return new ApiResponse(200, body);
    }

    /// <summary>The entity set name Defender puts in <c>@odata.context</c>: Machines, Vulnerabilities, …</summary>
    private static string EntitySet(string[] segments)
    {
        var name = segments.Length > 2 ? segments[^1] : "api";
        if (segments.Length > 3 && segments.Length % 2 == 0)
        {
            name = segments[^2];
        }

        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
