using System.Globalization;
using System.Text.Json;

namespace TenantGraph.Emulator.Serving;

/// <summary>Error envelopes as each service writes them (fixtures under microsoft365, defender and azure).</summary>
internal static class ErrorBodies
{
    public static ApiResponse Graph(int status, string code, string message, ApiRequest request, DateTimeOffset now) =>
        new(status, Write(writer =>
        {
            writer.WriteStartObject("error");
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteStartObject("innerError");
            writer.WriteString("date", now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            writer.WriteString("request-id", request.RequestId);
            writer.WriteString("client-request-id", request.Header("client-request-id") ?? request.RequestId);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }));

    public static ApiResponse Defender(int status, string code, string message, ApiRequest request) =>
        new(status, Write(writer =>
        {
            writer.WriteStartObject("error");
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteString("target", request.RequestId);
            writer.WriteEndObject();
        }));

    /// <summary>What each service answers for a route it does not offer.</summary>
    public static ApiResponse NotFound(ApiRequest request, DateTimeOffset now) => request.Api switch
    {
        EmulatorApi.Arm => ArmUnknownResourceType(request.Segments[^1]),
        EmulatorApi.Defender => DefenderNoRoute(request),
        _ => Graph(404, "Request_ResourceNotFound", $"Resource '{request.Segments[^1]}' does not exist.", request, now),
    };

    public static ApiResponse ArmUnknownResourceType(string type) =>
        Arm(404, "InvalidResourceType", $"The resource type '{type}' could not be found.");

    public static ApiResponse DefenderNoRoute(ApiRequest request) => Defender(404, "NotFound", $"No route for {request.Path}.", request);

    public static ApiResponse Arm(int status, string code, string message) =>
        new(status, Write(writer =>
        {
            writer.WriteStartObject("error");
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
        }));

    /// <summary>The body Graph's throttling docs show for a 429.</summary>
    public static ApiResponse GraphTooManyRequests(ApiRequest request, DateTimeOffset now) =>
        new(429, Write(writer =>
        {
            writer.WriteStartObject("error");
            writer.WriteString("code", "TooManyRequests");
            writer.WriteStartObject("innerError");
            writer.WriteString("code", "429");
            writer.WriteString("date", now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            writer.WriteString("message", "Please retry after");
            writer.WriteString("request-id", request.RequestId);
            writer.WriteString("status", "429");
            writer.WriteEndObject();
            writer.WriteString("message", "Please retry again later.");
            writer.WriteEndObject();
        }));

    public static byte[] Write(Action<Utf8JsonWriter> content)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            content(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
