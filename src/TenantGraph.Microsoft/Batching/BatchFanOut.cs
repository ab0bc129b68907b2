using System.Runtime.CompilerServices;
using System.Text.Json;
using TenantGraph.Core.Errors;
using TenantGraph.Microsoft.Http;
using TenantGraph.Microsoft.Logging;
using TenantGraph.Microsoft.Paging;

namespace TenantGraph.Microsoft.Batching;

/// <summary>
/// Many small Graph listings through JSON batching (peers.md §4.2): 20 requests per <c>$batch</c>, each item
/// judged by its own status. Throttled or failed items are sent again in a later batch after their own
/// Retry-After; later pages of an item go back into the queue as items of their own.
/// </summary>
internal sealed class BatchFanOut(ApiSender sender)
{
    public const int MaxItemsPerBatch = 20;

    public async IAsyncEnumerable<KeyedPage<JsonElement>> RunAsync(IEnumerable<KeyedListRequest> requests,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = sender.Options;
        var endpoints = options.Endpoints;
        var time = sender.Time;
        using var source = requests.GetEnumerator();
        var sourceDone = false;
        var waiting = new List<Item>();
        var sequence = 0;
        var waitedUntil = DateTimeOffset.MinValue;
        while (true)
        {
            // Once a wait for the earliest item is over, that item is due whatever the clock reads: Task.Delay counts
            // whole milliseconds and timers may fire a hair early, and a remainder below 1 ms would be "waited" for
            // by a delay that completes at once without a timer, spinning here while no clock moves.
            var now = Max(time.GetUtcNow(), waitedUntil);
            var capacity = MaxItemsPerBatch * Math.Max(1, options.BatchParallelism);
            var ready = new List<Item>();
            var later = new List<Item>();
            foreach (var item in waiting)
            {
                (item.NotBefore <= now && ready.Count < capacity ? ready : later).Add(item);
            }

            waiting = later;
            while (ready.Count < capacity && !sourceDone)
            {
                if (!source.MoveNext())
                {
                    sourceDone = true;
                    break;
                }

                var request = source.Current.Request;
                if (request.Api is not (MicrosoftApi.Graph or MicrosoftApi.GraphBeta))
                {
                    throw new ArgumentException("Only Microsoft Graph supports $batch", nameof(requests));
                }

                var first = Relative(RequestUris.First(endpoints, request), request.Api);
                ready.Add(new Item(source.Current.Key, request, first, first));
            }

            if (ready.Count == 0)
            {
                if (waiting.Count == 0)
                {
                    yield break;
                }

                // Every NotBefore is at most MaxRetryDelay after the response that set it, so this wait is bounded.
                var due = waiting.Min(i => i.NotBefore);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling((due - now).TotalMilliseconds)), time, cancellationToken);
                waitedUntil = due;
                continue;
            }

            foreach (var item in ready)
            {
                item.Id = (++sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var batches = ready.GroupBy(i => i.Request.Api).SelectMany(g => g.Chunk(MaxItemsPerBatch)).ToList();
            var responses = await Task.WhenAll(batches.Select(b => SendAsync(b, cancellationToken)));
            foreach (var (item, response) in batches.SelectMany((b, n) => b.Select(i => (i, responses[n].GetValueOrDefault(i.Id!)))))
            {
                if (Handle(item, response, waiting) is { } page)
                {
                    yield return page;
                }
            }
        }
    }

    private KeyedPage<JsonElement>? Handle(Item item, JsonElement response, List<Item> waiting)
    {
        var status = response.ValueKind == JsonValueKind.Object && response.TryGetProperty("status", out var s) && s.TryGetInt32(out var n) ? n : 0;
        var body = response.ValueKind == JsonValueKind.Object && response.TryGetProperty("body", out var b) ? b : default;
        var path = "/" + item.Url.Split('?', 2)[0].TrimStart('/');
        var call = new ApiCall(item.Request.Api, HttpMethod.Get, new Uri(sender.Options.Endpoints.BaseFor(item.Request.Api), item.Url.TrimStart('/')),
            path, item.Request.RequiredPermission);
        if (status is >= 200 and < 300)
        {
            return Page(item, call, body, waiting);
        }

        var (code, message, requestId) = ApiErrors.Parse(body);
        if (status == 404 && item.Request.NotFoundIsEmpty)
        {
            return new KeyedPage<JsonElement>(item.Key, [], true);
        }

        if (status == 400 && code == PageReader.ExpiredPageToken && item.Url != item.FirstUrl && item.Restarts < sender.Options.MaxPageRestarts)
        {
            Log.PageTokenExpired(sender.Logger, path, ++item.Restarts);
            waiting.Add(item with { Url = item.FirstUrl, Attempt = 0 });
            return null;
        }

        // No response at all for an item, 429, 5xx: try the item again later.
        if (status is 0 or 429 or 500 or 502 or 503 or 504 or 408)
        {
            var now = sender.Time.GetUtcNow();
            var retryAfter = Headers(response, "Retry-After") is { } header ? RetryAfter.Parse(header, now) : null;
            if (status == 429)
            {
                sender.CountThrottledResponse(item.Request.Api);
            }

            if (item.Attempt >= sender.Options.MaxRetries)
            {
                throw status == 0
                    ? new ProviderApiException($"GET {path} got no response in {item.Attempt + 1} $batch posts; it was retried {item.Attempt} times",
                        null, "GET", path, isTransient: true)
                    : ApiErrors.Create(call, status, code, message, requestId, true);
            }

            var delay = Min(retryAfter ?? Backoff(item.Attempt), sender.Options.MaxRetryDelay);
            if (retryAfter is not null && status is 429 or 503)
            {
                var query = item.Url.Contains('?', StringComparison.Ordinal) ? "?" + item.Url.Split('?', 2)[1] : "";
                sender.BlockLanes(item.Request.Api, path, query, delay);
            }

            sender.CountRetry(item.Request.Api, status == 429 ? delay : null);
            Log.BatchItemRetrying(sender.Logger, path, status, item.Attempt + 1, (long)delay.TotalMilliseconds);
            waiting.Add(item with { Attempt = item.Attempt + 1, NotBefore = now + delay });
            return null;
        }

        throw ApiErrors.Create(call, status, code, message, requestId, false);
    }

    private KeyedPage<JsonElement> Page(Item item, ApiCall call, JsonElement body, List<Item> waiting)
    {
        // A single object (no 'value') is a one-item page, so the same fan-out serves per-object GETs.
        List<JsonElement> items;
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array)
        {
            items = [.. value.EnumerateArray().Where(e => PageReader.Text(e, "id") is not { } id || item.Seen.Add(id))];
        }
        else if (body.ValueKind == JsonValueKind.Object)
        {
            items = [body];
        }
        else
        {
            throw new ProviderApiException($"GET {call.Path} returned a batch item without a JSON body",
                System.Net.HttpStatusCode.OK, "GET", call.Path);
        }

        var nextLink = PageReader.Text(body, "@odata.nextLink");
        if (nextLink is not null)
        {
            var next = Relative(RequestUris.Link(sender.Options.Endpoints, item.Request.Api, nextLink), item.Request.Api);
            waiting.Add(item with { Url = next, Attempt = 0, NotBefore = DateTimeOffset.MinValue });
        }

        return new KeyedPage<JsonElement>(item.Key, items, nextLink is null);
    }

    private async Task<Dictionary<string, JsonElement>> SendAsync(Item[] items, CancellationToken cancellationToken)
    {
        var api = items[0].Request.Api;
        var endpoints = sender.Options.Endpoints;
        var call = new ApiCall(api, HttpMethod.Post, new Uri(endpoints.BaseFor(api), "$batch"), "/$batch",
            string.Join(", ", items.Select(i => i.Request.RequiredPermission).Distinct()))
        {
            Body = writer => Write(writer, items),
            BudgetItems = [.. items.Select(i => ("/" + i.Url.Split('?', 2)[0].TrimStart('/'), i.Url.Contains('?', StringComparison.Ordinal) ? "?" + i.Url.Split('?', 2)[1] : ""))],
        };
        var response = await sender.SendAsync(call, cancellationToken);
        var results = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (response.Body.ValueKind == JsonValueKind.Object && response.Body.TryGetProperty("responses", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in list.EnumerateArray())
            {
                if (PageReader.Text(entry, "id") is { } id)
                {
                    results[id] = entry;
                }
            }
        }

        return results;
    }

    private static void Write(Utf8JsonWriter writer, Item[] items)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("requests");
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteString("id", item.Id);
            writer.WriteString("method", "GET");
            writer.WriteString("url", item.Url);
            if (item.Request.ConsistencyEventual)
            {
                writer.WriteStartObject("headers");
                writer.WriteString("ConsistencyLevel", "eventual");
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private string Relative(Uri uri, MicrosoftApi api) =>
        RequestUris.PathOf(sender.Options.Endpoints, api, uri) + uri.Query;

    private TimeSpan Backoff(int attempt)
    {
        var options = sender.Options;
        var exponential = options.BaseRetryDelay.TotalMilliseconds * Math.Pow(2, attempt);
        var jittered = exponential * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, options.MaxRetryDelay.TotalMilliseconds));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string? Headers(JsonElement response, string name)
    {
        if (response.ValueKind != JsonValueKind.Object || !response.TryGetProperty("headers", out var headers) || headers.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var header in headers.EnumerateObject())
        {
            if (header.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString() : header.Value.GetRawText();
            }
        }

        return null;
    }

    /// <summary>One listing in flight. <see cref="Seen"/> is shared by its pages so a restart yields nothing twice.</summary>
    private sealed record Item(string Key, ListRequest Request, string Url, string FirstUrl)
    {
        public string? Id { get; set; }

        public int Attempt { get; init; }

        public int Restarts { get; set; }

        public DateTimeOffset NotBefore { get; init; } = DateTimeOffset.MinValue;

        public HashSet<string> Seen { get; init; } = new(StringComparer.Ordinal);
    }
}
