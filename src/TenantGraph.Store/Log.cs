using Microsoft.Extensions.Logging;

namespace TenantGraph.Store;

internal static partial class Log
{
    [LoggerMessage(EventId = EventIds.StoreOpened, Level = LogLevel.Debug, Message = "Opened {Dialect} store {Store}")]
    public static partial void StoreOpened(ILogger logger, string dialect, string store);

    [LoggerMessage(EventId = EventIds.SchemaMigrated, Level = LogLevel.Information,
        Message = "Upgraded store {Store} from schema version {From} to {To}")]
    public static partial void SchemaMigrated(ILogger logger, string store, int from, int to);

    [LoggerMessage(EventId = EventIds.RunStarted, Level = LogLevel.Debug, Message = "Run {RunId} of {Instance} started")]
    public static partial void RunStarted(ILogger logger, long runId, string instance);

    [LoggerMessage(EventId = EventIds.RunLoadPath, Level = LogLevel.Debug,
        Message = "Run {RunId} of {Instance} is written {Path}")]
    public static partial void RunLoadPath(ILogger logger, long runId, string instance, string path);

    [LoggerMessage(EventId = EventIds.BulkLoad, Level = LogLevel.Debug,
        Message = "Run {RunId} of {Instance} bulk-loads the empty {Table}: its indexes are built after its rows")]
    public static partial void BulkLoad(ILogger logger, long runId, string instance, string table);

    [LoggerMessage(EventId = EventIds.RunCompleted, Level = LogLevel.Information,
        Message = "Run {RunId} of {Instance} stored as {Status}: {Entities} entities, {Relationships} relationships")]
    public static partial void RunCompleted(ILogger logger, long runId, string instance, string status, long entities,
        long relationships);

    [LoggerMessage(EventId = EventIds.RunFailed, Level = LogLevel.Warning,
        Message = "Run {RunId} of {Instance} failed: {Reason}; the previous snapshot stays current")]
    public static partial void RunFailed(ILogger logger, long runId, string instance, string reason);

    [LoggerMessage(EventId = EventIds.InterruptedRunFailed, Level = LogLevel.Warning,
        Message = "Run {RunId} of {Instance} started at {StartedOn} was interrupted; marked failed")]
    public static partial void InterruptedRunFailed(ILogger logger, long runId, string instance, DateTimeOffset startedOn);

    [LoggerMessage(EventId = EventIds.RunsPruned, Level = LogLevel.Information,
        Message = "Pruned {Count} runs of {Instance}, keeping the newest {Kept} snapshots")]
    public static partial void RunsPruned(ILogger logger, int count, string instance, int kept);
}
