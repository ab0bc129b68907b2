using System.Text.Json;

namespace TenantGraph.Emulator.Importing;

/// <summary>One recorded HTTP exchange: <c>{method, url, status, headers, body}</c>; the body may be JSON or a JSON string.</summary>
internal sealed record RecordedExchange(string Method, Uri Url, int Status, JsonElement Body)
{
    public static IEnumerable<RecordedExchange> ReadFile(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var exchange in document.RootElement.EnumerateArray())
        {
            if (!Uri.TryCreate(exchange.GetProperty("url").GetString(), UriKind.Absolute, out var url)
                || ParseBody(exchange.GetProperty("body")) is not { } body)
            {
                continue;
            }

            yield return new RecordedExchange(exchange.GetProperty("method").GetString() ?? "GET", url, exchange.GetProperty("status").GetInt32(), body);
        }
    }

    private static JsonElement? ParseBody(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.String)
        {
            return body.Clone();
        }

        try
        {
            using var parsed = JsonDocument.Parse(body.GetString() ?? string.Empty);
            return parsed.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
