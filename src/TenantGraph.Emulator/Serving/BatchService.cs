using System.Text.Json;

namespace TenantGraph.Emulator.Serving;

/// <summary>
/// Graph JSON batching (peers.md §4.2): at most 20 requests, each run through the full pipeline so it can
/// get its own 429 or fault; <c>dependsOn</c> orders items and a failed dependency gives 424.
/// </summary>
internal sealed class BatchService(ApiDispatcher dispatcher, TimeProvider time)
{
    public const int MaxRequests = 20;

    public ApiResponse Post(ApiRequest outer, byte[] body)
    {
        var now = time.GetUtcNow();
        if (dispatcher.Authenticate(outer, out _) is { } unauthorized)
        {
            return unauthorized;
        }

        List<BatchItem> items;
        try
        {
            items = Parse(body);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return ErrorBodies.Graph(400, "BadRequest", "Invalid batch payload format.", outer, now);
        }

        if (items.Count > MaxRequests)
        {
            return ErrorBodies.Graph(400, "BadRequest", $"Limit of {MaxRequests} requests per batch exceeded.", outer, now);
        }

        if (items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            return ErrorBodies.Graph(400, "BadRequest", "Batch request ids must be unique.", outer, now);
        }

        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var responses = new List<(BatchItem Item, ApiResponse Response)>();
        foreach (var item in items)
        {
            ApiResponse response;
            if (item.DependsOn.FirstOrDefault(d => !statuses.TryGetValue(d, out var status) || status >= 400) is { } failed)
            {
                response = ErrorBodies.Graph(424, "FailedDependency", $"The request depends on request '{failed}', which failed or was not run.", outer, now);
            }
            else
            {
                response = dispatcher.Dispatch(ItemRequest(outer, item));
            }

            statuses[item.Id] = response.Status;
            responses.Add((item, response));
        }

        return new ApiResponse(200, ErrorBodies.Write(writer =>
        {
            writer.WriteStartArray("responses");
            foreach (var (item, response) in responses)
            {
                writer.WriteStartObject();
                writer.WriteString("id", item.Id);
                writer.WriteNumber("status", response.Status);
                writer.WriteStartObject("headers");
                writer.WriteString("Content-Type", "application/json");
                foreach (var (name, value) in response.Headers)
                {
                    writer.WriteString(name, value);
                }

                writer.WriteEndObject();
                if (response.Body.Length > 0)
                {
                    writer.WritePropertyName("body");
                    writer.WriteRawValue(response.Body, skipInputValidation: true);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }));
    }

    private static ApiRequest ItemRequest(ApiRequest outer, BatchItem item)
    {
        var url = item.Url.TrimStart('/');
        var question = url.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? url : url[..question];
        var headers = new Dictionary<string, string>(outer.Headers, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in item.Headers)
        {
            headers[name] = value;
        }

        var version = outer.Segments[1];
        return new ApiRequest(EmulatorApi.Graph, item.Method, $"graph/{version}/{string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries))}",
            ODataQuery.Parse(question < 0 ? null : url[(question + 1)..]), headers, outer.BaseUrl);
    }

    private static List<BatchItem> Parse(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return [.. document.RootElement.GetProperty("requests").EnumerateArray().Select(r => new BatchItem(
            r.GetProperty("id").GetString() ?? throw new FormatException("id"),
            r.GetProperty("method").GetString() ?? throw new FormatException("method"),
            r.GetProperty("url").GetString() ?? throw new FormatException("url"),
            r.TryGetProperty("headers", out var headers) ? [.. headers.EnumerateObject().Select(h => new KeyValuePair<string, string>(h.Name, h.Value.GetString() ?? string.Empty))] : [],
            r.TryGetProperty("dependsOn", out var dependsOn) ? [.. dependsOn.EnumerateArray().Select(d => d.GetString() ?? string.Empty)] : []))];
    }

    private sealed record BatchItem(string Id, string Method, string Url, IReadOnlyList<KeyValuePair<string, string>> Headers, IReadOnlyList<string> DependsOn);
}
