using Microsoft.Extensions.Logging;

namespace TenantGraph.Emulator;

internal static partial class Log
{
    [LoggerMessage(EventId = EventIds.Started, Level = LogLevel.Information,
        Message = "Emulator for tenant {TenantId} listening on {HttpsUrl} and {HttpUrl}")]
    public static partial void Started(ILogger logger, string tenantId, Uri httpsUrl, Uri httpUrl);

    [LoggerMessage(EventId = EventIds.Stopped, Level = LogLevel.Information, Message = "Emulator stopped after {Requests} requests")]
    public static partial void Stopped(ILogger logger, long requests);

    [LoggerMessage(EventId = EventIds.TokenIssued, Level = LogLevel.Debug,
        Message = "Issued a token for app {ClientId} in tenant {TenantId} for audience {Audience}")]
    public static partial void TokenIssued(ILogger logger, string clientId, string tenantId, string audience);

    [LoggerMessage(EventId = EventIds.TokenRefused, Level = LogLevel.Information,
        Message = "Refused a token request for tenant {Tenant}: AADSTS{Code}")]
    public static partial void TokenRefused(ILogger logger, string tenant, int code);

    [LoggerMessage(EventId = EventIds.RequestServed, Level = LogLevel.Debug, Message = "{Method} {Path} answered {Status}")]
    public static partial void RequestServed(ILogger logger, string method, string path, int status);

    [LoggerMessage(EventId = EventIds.FaultInjected, Level = LogLevel.Debug, Message = "Injected fault {Fault} into {Method} {Path}")]
    public static partial void FaultInjected(ILogger logger, string fault, string method, string path);

    [LoggerMessage(EventId = EventIds.Throttled, Level = LogLevel.Debug,
        Message = "Throttled {Api} request {Path}; retry after {RetryAfterSeconds} s")]
    public static partial void Throttled(ILogger logger, EmulatorApi api, string path, int retryAfterSeconds);

    [LoggerMessage(EventId = EventIds.TenantMutated, Level = LogLevel.Information,
        Message = "Mutated the tenant: {Added} added, {Changed} changed, {Deleted} deleted")]
    public static partial void TenantMutated(ILogger logger, int added, int changed, int deleted);
}
