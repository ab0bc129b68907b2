using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Core.Errors;
using TenantGraph.Microsoft.Batching;
using TenantGraph.Microsoft.Credentials;
using TenantGraph.Microsoft.Delta;
using TenantGraph.Microsoft.Http;
using TenantGraph.Microsoft.Paging;

namespace TenantGraph.Microsoft;

/// <summary>
/// The one way to Microsoft Graph, Resource Manager and Defender for Endpoint for an instance: long-lived, shared by
/// its steps. Callers get objects (or pages) and exceptions naming the failed request; envelopes, paging, pacing,
/// retries and tokens stay in here.
/// </summary>
public sealed class MicrosoftApiClient : IDisposable
{
    private readonly HttpMessageHandler _handler;
    private readonly HttpClient _http;
    private readonly ApiSender _sender;
    private readonly PageReader _pages;
    private readonly BatchFanOut _batches;
    private readonly BlobDownloader _blobs;

    private MicrosoftApiClient(MicrosoftApiClientOptions options, HttpMessageHandler handler, ILogger logger, TimeProvider time)
    {
        _handler = handler;
        _http = new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        var credential = MicrosoftCredentialFactory.Create(options.Credential, options.Endpoints, handler, time);
        var tokens = new AccessTokenSource(credential, options.Credential, options.Endpoints.Login, time);
        _sender = new ApiSender(_http, tokens, options, time, logger);
        _pages = new PageReader(_sender);
        _batches = new BatchFanOut(_sender);
        _blobs = new BlobDownloader(_http, options, time, logger);
    }

    public CloudEndpoints Endpoints => _sender.Options.Endpoints;

    /// <summary>
    /// Builds the client: credential, TLS trust and connection pool. Configuration problems (missing secret,
    /// unreadable certificate or CA file) throw <see cref="ConfigurationException"/>; an expired certificate throws
    /// <see cref="ProviderAuthenticationException"/>.
    /// </summary>
    public static MicrosoftApiClient Create(MicrosoftApiClientOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = HttpHandlerFactory.Create(options.Tls, options.MaxConnectionsPerHost);
        try
        {
            return new MicrosoftApiClient(options, handler,
                (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("TenantGraph.Microsoft"), time ?? TimeProvider.System);
        }
        catch
        {
            handler.Dispose();
            throw;
        }
    }

    /// <summary>Requests, retries, throttle waits, resource units and bytes sent to one API by this client.</summary>
    public ApiTotals TotalsFor(MicrosoftApi api) => _sender.TotalsFor(api);

    /// <summary>Every item of the listing, all pages followed.</summary>
    public async IAsyncEnumerable<T> ListAsync<T>(ListRequest request, JsonTypeInfo<T> typeInfo,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in _pages.ReadAsync(request, null, deduplicate: true, cancellationToken))
        {
            foreach (var item in page.Items)
            {
                yield return Convert(item, typeInfo, page.Path);
            }
        }
    }

    /// <summary>Like <see cref="ListAsync{T}"/>, with each item's raw JSON kept beside it (for <c>_rawData</c>).</summary>
    public async IAsyncEnumerable<ApiObject<T>> ListObjectsAsync<T>(ListRequest request, JsonTypeInfo<T> typeInfo,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in _pages.ReadAsync(request, null, deduplicate: true, cancellationToken))
        {
            foreach (var item in page.Items)
            {
                yield return new ApiObject<T>(Convert(item, typeInfo, page.Path), item);
            }
        }
    }

    /// <summary>Every item as raw JSON.</summary>
    public async IAsyncEnumerable<JsonElement> ListRawAsync(ListRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in _pages.ReadAsync(request, null, deduplicate: true, cancellationToken))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// Page by page, each with the link that continues it; pass a <paramref name="continuationLink"/> (a nextLink or
    /// deltaLink from an earlier page) to resume there.
    /// </summary>
    public async IAsyncEnumerable<ApiPage<T>> ListPagesAsync<T>(ListRequest request, JsonTypeInfo<T> typeInfo, string? continuationLink,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in _pages.ReadAsync(request, continuationLink, deduplicate: true, cancellationToken))
        {
            yield return new ApiPage<T>([.. page.Items.Select(i => Convert(i, typeInfo, page.Path))], page.NextLink, page.DeltaLink);
        }
    }

    public async IAsyncEnumerable<ApiPage<JsonElement>> ListRawPagesAsync(ListRequest request, string? continuationLink,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in _pages.ReadAsync(request, continuationLink, deduplicate: true, cancellationToken))
        {
            yield return new ApiPage<JsonElement>(page.Items, page.NextLink, page.DeltaLink);
        }
    }

    /// <summary>
    /// One object (<c>/organization/{id}</c>, <c>/deviceManagement?$select=…</c>). Null on 404 when the request
    /// says <see cref="ListRequest.NotFoundIsEmpty"/>, else a 404 throws <see cref="ProviderNotFoundException"/>.
    /// </summary>
    public async Task<ApiObject<T>?> GetAsync<T>(ListRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var single = request with { PageSize = ListRequest.NoTop };
        var call = _pages.Call(single, RequestUris.First(Endpoints, single));
        var response = await _sender.SendAsync(call, cancellationToken);
        return response.IsNotFound ? null : new ApiObject<T>(Convert(response.Body, typeInfo, call.Path), response.Body);
    }

    /// <summary>
    /// A query sent as a JSON body, e.g. Defender's advanced hunting (<c>POST /advancedqueries/run</c>): paced, retried
    /// and mapped to the same exceptions as a GET. Only for reads, since a retry sends the body again. Null on 404 when
    /// the request says <see cref="ListRequest.NotFoundIsEmpty"/>, else a 404 throws <see cref="ProviderNotFoundException"/>.
    /// </summary>
    public async Task<ApiObject<TResponse>?> PostAsync<TBody, TResponse>(ListRequest request, TBody body, JsonTypeInfo<TBody> bodyTypeInfo,
        JsonTypeInfo<TResponse> typeInfo, CancellationToken cancellationToken)
    {
        var single = request with { PageSize = ListRequest.NoTop };
        var call = _pages.Call(single, RequestUris.First(Endpoints, single)) with
        {
            Method = HttpMethod.Post,
            Body = writer => JsonSerializer.Serialize(writer, body, bodyTypeInfo),
        };
        var response = await _sender.SendAsync(call, cancellationToken);
        return response.IsNotFound ? null : new ApiObject<TResponse>(Convert(response.Body, typeInfo, call.Path, "POST"), response.Body);
    }

    /// <summary>
    /// Many Graph listings at once through <c>$batch</c> (20 per call), e.g. the members of every group. Pages come
    /// back as they arrive, interleaved across keys; each listing ends with a page whose <c>IsLast</c> is set.
    /// A 403 on any item throws <see cref="ProviderAuthorizationException"/>.
    /// </summary>
    public async IAsyncEnumerable<KeyedPage<T>> ListEachAsync<T>(IEnumerable<KeyedListRequest> requests, JsonTypeInfo<T> typeInfo,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in _batches.RunAsync(requests, cancellationToken))
        {
            yield return new KeyedPage<T>(page.Key, [.. page.Items.Select(i => Convert(i, typeInfo, page.Key))], page.IsLast);
        }
    }

    public IAsyncEnumerable<KeyedPage<JsonElement>> ListEachRawAsync(IEnumerable<KeyedListRequest> requests, CancellationToken cancellationToken) =>
        _batches.RunAsync(requests, cancellationToken);

    /// <summary>
    /// Copies the file at a pre-signed URL (the blob of a completed report export) into <paramref name="destination"/>,
    /// without the bearer token, retried, and never more than <paramref name="maxBytes"/>; returns the bytes copied.
    /// </summary>
    public Task<long> DownloadAsync(Uri url, Stream destination, long maxBytes, CancellationToken cancellationToken) =>
        _blobs.DownloadAsync(url, destination, maxBytes, cancellationToken);

    /// <summary>A delta round over users, groups or devices; see <see cref="DeltaRound{T}"/>.</summary>
    public DeltaRound<T> Delta<T>(DeltaRequest request, JsonTypeInfo<T> typeInfo) =>
        new(_pages, _sender.Logger, request, (item, path) => Convert(item, typeInfo, path));

    public DeltaRound<JsonElement> DeltaRaw(DeltaRequest request) =>
        new(_pages, _sender.Logger, request, (item, _) => item);

    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }

    private static T Convert<T>(JsonElement item, JsonTypeInfo<T> typeInfo, string path, string method = "GET")
    {
        try
        {
            return item.Deserialize(typeInfo)
                ?? throw new ProviderApiException($"{method} {path} returned null where an object was expected", HttpStatusCode.OK, method, path);
        }
        catch (JsonException e)
        {
            throw new ProviderApiException($"{method} {path} returned an object that does not read as {typeof(T).Name}: {e.Message}",
                HttpStatusCode.OK, method, path, innerException: e);
        }
    }
}
