using Microsoft.Extensions.Logging;

namespace TenantGraph.Core;

internal static partial class Log
{
    [LoggerMessage(EventId = EventIds.StepStarted, Level = LogLevel.Debug, Message = "Step {StepId} started")]
    public static partial void StepStarted(ILogger logger, string stepId);

    [LoggerMessage(EventId = EventIds.StepSucceeded, Level = LogLevel.Information,
        Message = "Step {StepId} ended {Status} with {Objects} objects in {Duration}")]
    public static partial void StepSucceeded(ILogger logger, string stepId, string status, long objects, TimeSpan duration);

    [LoggerMessage(EventId = EventIds.StepFailed, Level = LogLevel.Error,
        Message = "Step {StepId} failed: {Error}; its types {Types} are kept from the last snapshot")]
    public static partial void StepFailed(ILogger logger, string stepId, string error, string types);

    [LoggerMessage(EventId = EventIds.StepFailureDetail, Level = LogLevel.Debug, Message = "Step {StepId} failure detail")]
    public static partial void StepFailureDetail(ILogger logger, string stepId, Exception exception);

    [LoggerMessage(EventId = EventIds.StepSkipped, Level = LogLevel.Information, Message = "Step {StepId} skipped: {Reason}")]
    public static partial void StepSkipped(ILogger logger, string stepId, string reason);

    [LoggerMessage(EventId = EventIds.MissingPermission, Level = LogLevel.Warning,
        Message = "Step {StepId} could not read {Path}: the app lacks {Permission}; {Types} kept from the last snapshot")]
    public static partial void MissingPermission(ILogger logger, string stepId, string path, string permission, string types);

    [LoggerMessage(EventId = EventIds.UndeclaredTypes, Level = LogLevel.Error,
        Message = "Step {StepId} produced undeclared types {Types}; declare them so they are never lost as partial data")]
    public static partial void UndeclaredTypes(ILogger logger, string stepId, string types);

    [LoggerMessage(EventId = EventIds.StepCancelled, Level = LogLevel.Warning, Message = "Step {StepId} was cancelled")]
    public static partial void StepCancelled(ILogger logger, string stepId);
}
