using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TenantGraph.Emulator.Faults;
using TenantGraph.Emulator.Identity;
using TenantGraph.Emulator.Serving;
using TenantGraph.Emulator.Serving.Hunting;
using TenantGraph.Emulator.Serving.Reports;

namespace TenantGraph.Emulator.Hosting;

/// <summary>Turns HTTP exchanges into API calls and back, adding latency and transport faults.</summary>
internal sealed class RequestHandler(
    TokenEndpoint tokenEndpoint,
    ApiDispatcher dispatcher,
    BatchService batch,
    ExportJobService exportJobs,
    FaultInjector faults,
    EmulatorAdmin admin,
    EmulatorCounters counters,
    ILogger logger)
{
    private const string GraphContentType = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

    /// <summary>Serves one exchange; an ARM request within a subscription counts as in flight from arrival to answer.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        if (ArmSubscriptionOf(context.Request.Path.Value) is not { } subscriptionId)
        {
            await ServeAsync(context);
            return;
        }

        counters.ArmRequestStarted(subscriptionId);
        try
        {
            await ServeAsync(context);
        }
        finally
        {
            counters.ArmRequestEnded(subscriptionId);
        }
    }

    private static string? ArmSubscriptionOf(string? path) =>
        (path ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries) is [var api, var scope, var id, ..]
        && api.Equals("arm", StringComparison.OrdinalIgnoreCase) && scope.Equals("subscriptions", StringComparison.OrdinalIgnoreCase)
            ? id
            : null;

    private async Task ServeAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var delay = faults.NextDelay();
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken);
        }

        var rawPath = (context.Request.Path.Value ?? string.Empty).Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        var segments = rawPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var path = string.Join('/', segments);
        var method = context.Request.Method;
        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}/";

        if (segments is [var tenant, "oauth2", "v2.0", "token"] && HttpMethods.IsPost(method))
        {
            var (status, body) = await tokenEndpoint.HandleAsync(context, tenant);
            counters.Record(EmulatorApi.Login, status);
            await WriteAsync(context, new ApiResponse(status, body), "application/json; charset=utf-8", TransportFault.None, cancellationToken);
            return;
        }

        if (segments is ["_admin", "mutate"] && HttpMethods.IsPost(method))
        {
            await WriteAsync(context, admin.MutateFromQuery(ODataQuery.Parse(context.Request.QueryString.Value)), "application/json", TransportFault.None, cancellationToken);
            return;
        }

        if (segments is ["_reports", _] && HttpMethods.IsGet(method))
        {
            // A blob URL: its signature is the credential, so no bearer token is checked (or expected).
            await using var archive = exportJobs.OpenDownload(segments);
            context.Response.StatusCode = archive is null ? 404 : 200;
            if (archive is not null)
            {
                context.Response.ContentType = "application/zip";
                context.Response.ContentLength = archive.Length;
                await archive.CopyToAsync(context.Response.Body, cancellationToken);
            }

            return;
        }

        EmulatorApi? api = segments.Length == 0 ? null : segments[0].ToLowerInvariant() switch
        {
            "graph" when segments.Length > 1 => EmulatorApi.Graph,
            "defender" when segments.Length > 1 && segments[1].Equals("api", StringComparison.OrdinalIgnoreCase) => EmulatorApi.Defender,
            "arm" => EmulatorApi.Arm,
            _ => null,
        };
        if (api is not { } kind)
        {
            context.Response.StatusCode = 404;
            return;
        }

        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new ApiRequest(kind, method, path, ODataQuery.Parse(context.Request.QueryString.Value), headers, baseUrl);
        ApiResponse response;
        if (kind == EmulatorApi.Graph && segments.Length == 3 && segments[2] == "$batch" && HttpMethods.IsPost(method))
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, cancellationToken);
            response = batch.Post(request, buffer.ToArray());
        }
        else if ((kind == EmulatorApi.Defender && AdvancedHuntingService.Serves(request)) || ExportJobService.Serves(request))
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, cancellationToken);
            response = dispatcher.Dispatch(request with { Body = buffer.ToArray() });
        }
        else
        {
            response = dispatcher.Dispatch(request);
        }

        Log.RequestServed(logger, method, path, response.Status);
        var fault = faults.NextTransportFault();
        if (fault != TransportFault.None)
        {
            Log.FaultInjected(logger, fault.ToString(), method, path);
        }

        await WriteAsync(context, response, kind == EmulatorApi.Graph ? GraphContentType : "application/json; charset=utf-8", fault, cancellationToken);
    }

    private async Task WriteAsync(HttpContext context, ApiResponse response, string contentType, TransportFault fault, CancellationToken cancellationToken)
    {
        if (fault == TransportFault.ConnectionReset)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers.Append(name, value);
        }

        if (response.Body.Length == 0)
        {
            return;
        }

        context.Response.ContentType = contentType;
        var body = fault == TransportFault.MalformedBody ? response.Body.AsMemory(0, response.Body.Length / 2) : response.Body;
        context.Response.ContentLength = body.Length;
        if (fault != TransportFault.SlowBody)
        {
            await context.Response.Body.WriteAsync(body, cancellationToken);
            return;
        }

        var chunk = Math.Max(1, body.Length / 8);
        for (var offset = 0; offset < body.Length; offset += chunk)
        {
            await context.Response.Body.WriteAsync(body.Slice(offset, Math.Min(chunk, body.Length - offset)), cancellationToken);
            await context.Response.Body.FlushAsync(cancellationToken);
            await Task.Delay(faults.Options.SlowBodyChunkDelay, cancellationToken);
        }
    }
}
