using Microsoft.Extensions.Logging;

namespace TenantGraph.Microsoft.Logging;

// Request logs carry method, path (no query: nextLinks hold opaque tokens) and status, never headers.
internal static partial class Log
{
    [LoggerMessage(EventId = EventIds.RequestCompleted, Level = LogLevel.Debug,
        Message = "{Method} {Path} returned {Status} in {ElapsedMs} ms ({Bytes} bytes, request id {RequestId})")]
    public static partial void RequestCompleted(ILogger logger, string method, string path, int status, long elapsedMs, long bytes, string? requestId);

    [LoggerMessage(EventId = EventIds.RequestRetrying, Level = LogLevel.Information,
        Message = "{Method} {Path} failed ({Reason}); retry {Attempt} in {DelayMs} ms")]
    public static partial void RequestRetrying(ILogger logger, string method, string path, string reason, int attempt, long delayMs);

    [LoggerMessage(EventId = EventIds.Paced, Level = LogLevel.Debug,
        Message = "Waited {DelayMs} ms for the {Lane} budget before {Path}")]
    public static partial void Paced(ILogger logger, string lane, string path, long delayMs);

    [LoggerMessage(EventId = EventIds.PageTokenExpired, Level = LogLevel.Warning,
        Message = "The page token of {Path} expired; listing again from the first page (restart {Restart}), skipping objects already read")]
    public static partial void PageTokenExpired(ILogger logger, string path, int restart);

    [LoggerMessage(EventId = EventIds.DeltaLinkExpired, Level = LogLevel.Warning,
        Message = "The delta link of {Path} is no longer valid ({Reason}); running a full synchronisation")]
    public static partial void DeltaLinkExpired(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = EventIds.BatchItemRetrying, Level = LogLevel.Information,
        Message = "Batched request {Path} returned {Status}; retry {Attempt} in {DelayMs} ms")]
    public static partial void BatchItemRetrying(ILogger logger, string path, int status, int attempt, long delayMs);

    [LoggerMessage(EventId = EventIds.AuthenticationFailed, Level = LogLevel.Error,
        Message = "{Message}")]
    public static partial void AuthenticationFailed(ILogger logger, string message);
}
