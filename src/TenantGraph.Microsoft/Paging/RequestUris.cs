using System.Text;
using TenantGraph.Core.Errors;

namespace TenantGraph.Microsoft.Paging;

/// <summary>Builds first-page URLs from a <see cref="ListRequest"/> and checks the links the services hand back.</summary>
internal static class RequestUris
{
    public const int GraphMaxPageSize = 999;
    public const int DefenderMaxPageSize = 10_000;

    public static Uri First(CloudEndpoints endpoints, ListRequest request, int? skip = null)
    {
        if (request.Api == MicrosoftApi.ResourceManager && request.ApiVersion is null)
        {
            throw new ArgumentException("Resource Manager requests need an ApiVersion", nameof(request));
        }

        var query = new List<(string, string)>();
        if (request.ApiVersion is { } version)
        {
            query.Add(("api-version", version));
        }

        if (request.Select is { Count: > 0 } select)
        {
            query.Add(("$select", string.Join(',', select)));
        }

        if (request.Filter is { } filter)
        {
            query.Add(("$filter", filter));
        }

        if (request.Expand is { } expand)
        {
            query.Add(("$expand", expand));
        }

        if (PageSize(request) is { } top)
        {
            query.Add(("$top", top.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (skip is { } s)
        {
            query.Add(("$skip", s.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        foreach (var (key, value) in request.Query ?? new Dictionary<string, string>())
        {
            query.Add((key, value));
        }

        return Build(endpoints.BaseFor(request.Api), request.Path, query);
    }

    /// <summary>The <c>$top</c> sent: the caller's, else the API's largest (ARM pages by its own size).</summary>
    public static int? PageSize(ListRequest request) => request.PageSize switch
    {
        ListRequest.NoTop => null,
        { } size => size,
        null => request.Api switch
        {
            MicrosoftApi.Defender => DefenderMaxPageSize,
            MicrosoftApi.ResourceManager => null,
            _ => GraphMaxPageSize,
        },
    };

    public static Uri Build(Uri baseUri, string path, IEnumerable<(string Key, string Value)> query)
    {
        var text = new StringBuilder(new Uri(baseUri, path.TrimStart('/')).GetLeftPart(UriPartial.Path));
        var separator = '?';
        foreach (var (key, value) in query)
        {
            // OData system options keep their '$'; values are escaped, commas of $select included.
            text.Append(separator).Append(key).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return new Uri(text.ToString());
    }

    /// <summary>
    /// A nextLink or deltaLink must point at the API that issued it: the token is sent with it, so a link to any
    /// other host is refused rather than followed.
    /// </summary>
    public static Uri Link(CloudEndpoints endpoints, MicrosoftApi api, string link)
    {
        var baseUri = endpoints.BaseFor(api);
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            return new Uri(baseUri, link.TrimStart('/'));
        }

        return Uri.Compare(uri, baseUri, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            ? uri
            : throw new ProviderApiException(
                $"GET {PathOf(endpoints, api, uri)} was linked on another host ({uri.Host}) than the {api} API's; the link was not followed",
                null, "GET", PathOf(endpoints, api, uri));
    }

    /// <summary>The path relative to the API base, as errors and logs name it (<c>/users</c>).</summary>
    public static string PathOf(CloudEndpoints endpoints, MicrosoftApi api, Uri uri)
    {
        var basePath = endpoints.BaseFor(api).AbsolutePath;
        var path = uri.AbsolutePath;
        return path.StartsWith(basePath, StringComparison.OrdinalIgnoreCase) ? "/" + path[basePath.Length..] : path;
    }
}
