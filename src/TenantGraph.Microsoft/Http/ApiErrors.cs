using System.Net;
using System.Text.Json;
using TenantGraph.Core.Errors;

namespace TenantGraph.Microsoft.Http;

/// <summary>Reads the services' error bodies and builds the exception that names the failed request.</summary>
internal static class ApiErrors
{
    /// <summary>
    /// Graph, Defender and ARM all answer <c>{"error":{"code","message"}}</c>; Graph puts the request id inside
    /// <c>innerError</c> too. A body that is not JSON (a proxy's HTML page) yields nothing.
    /// </summary>
    public static (string? Code, string? Message, string? RequestId) Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            return Parse(document.RootElement);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    public static (string? Code, string? Message, string? RequestId) Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("error", out var error))
        {
            return default;
        }

        if (error.ValueKind == JsonValueKind.String)
        {
            return (error.GetString(), body.TryGetProperty("error_description", out var d) ? d.GetString() : null, null);
        }

        if (error.ValueKind != JsonValueKind.Object)
        {
            return default;
        }

        var code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        string? requestId = null;
        if (error.TryGetProperty("innerError", out var inner) && inner.ValueKind == JsonValueKind.Object
            && inner.TryGetProperty("request-id", out var r) && r.ValueKind == JsonValueKind.String)
        {
            requestId = r.GetString();
        }

        return (code, message, requestId);
    }

    public static string Describe(string method, string path, int status, string? code, string? message, string? requestId)
    {
        var text = $"{method} {path} returned {status}";
        if (code is not null)
        {
            text += $" {code}";
        }

        if (message is not null)
        {
            var line = message.Split('\n', 2)[0].Trim();
            text += ": " + (line.Length > 300 ? line[..300] + "…" : line);
        }

        return requestId is null ? text : $"{text} (request id {requestId})";
    }

    public static ProviderApiException Create(ApiCall call, int status, string? code, string? message, string? requestId, bool transient)
    {
        var method = call.Method.Method;
        return status switch
        {
            403 => new ProviderAuthorizationException(
                $"{method} {call.Path} returned 403{(code is null ? "" : " " + code)}; grant {call.RequiredPermission} and admin-consent it"
                + (requestId is null ? "" : $" (request id {requestId})"),
                HttpStatusCode.Forbidden, method, call.Path, code, requestId, call.RequiredPermission),
            404 => new ProviderNotFoundException(Describe(method, call.Path, status, code, message, requestId), method, call.Path, code, requestId),
            _ => new ProviderApiException(Describe(method, call.Path, status, code, message, requestId),
                (HttpStatusCode)status, method, call.Path, code, requestId, transient),
        };
    }
}
