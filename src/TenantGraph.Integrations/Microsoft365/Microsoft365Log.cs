using Microsoft.Extensions.Logging;

namespace TenantGraph.Integrations.Microsoft365;

/// <summary>Log messages of the microsoft-365 integrations; event ids 31xx of the Integrations range.</summary>
internal static partial class Microsoft365Log
{
    public const int IntuneNotAvailableId = 3101;
    public const int IntuneFactUnavailableId = 3102;
    public const int SignInActivitySkippedId = 3103;
    public const int DeviceStatusSkippedId = 3104;
    public const int DuplicatesSkippedId = 3105;
    public const int UnexpectedDeviceStatusId = 3106;
    public const int UnrelatedConfigurationId = 3107;
    public const int EnrollingUserMissingId = 3108;
    public const int InstallStatusSkippedId = 3109;
    public const int ExportJobResubmittedId = 3110;
    public const int ReportExportedId = 3111;
    public const int DetectedAppsExportFallbackId = 3112;
    public const int DetectionsSkippedId = 3113;

    [LoggerMessage(EventId = IntuneNotAvailableId, Level = LogLevel.Warning,
        Message = "Intune steps disabled for {Instance}: {Reason}")]
    public static partial void IntuneNotAvailable(ILogger logger, string instance, string reason);

    [LoggerMessage(EventId = IntuneFactUnavailableId, Level = LogLevel.Warning,
        Message = "Account field {Field} left empty: {Reason}")]
    public static partial void IntuneFactUnavailable(ILogger logger, string field, string reason);

    [LoggerMessage(EventId = SignInActivitySkippedId, Level = LogLevel.Warning,
        Message = "Users collected without signInActivity: {Reason}; grant AuditLog.Read.All on an Entra ID P1/P2 tenant to include it")]
    public static partial void SignInActivitySkipped(ILogger logger, string reason);

    [LoggerMessage(EventId = DeviceStatusSkippedId, Level = LogLevel.Warning,
        Message = "Step {StepId} skipped device status {StatusId}: {Reason}")]
    public static partial void DeviceStatusSkipped(ILogger logger, string stepId, string statusId, string reason);

    [LoggerMessage(EventId = DuplicatesSkippedId, Level = LogLevel.Warning,
        Message = "Step {StepId} skipped {Count} duplicate {What}")]
    public static partial void DuplicatesSkipped(ILogger logger, string stepId, long count, string what);

    [LoggerMessage(EventId = UnexpectedDeviceStatusId, Level = LogLevel.Warning,
        Message = "Unexpected device status {Status} on {StatusId}; its finding is neither open nor closed")]
    public static partial void UnexpectedDeviceStatus(ILogger logger, string status, string statusId);

    [LoggerMessage(EventId = UnrelatedConfigurationId, Level = LogLevel.Information,
        Message = "Step {StepId} skipped {Count} policies assigned to no collected device")]
    public static partial void UnrelatedPoliciesSkipped(ILogger logger, string stepId, long count);

    [LoggerMessage(EventId = EnrollingUserMissingId, Level = LogLevel.Information,
        Message = "Step {StepId}: {Count} devices name an enrolling or logged-on user that is not in this run; those edges were left out")]
    public static partial void UsersNotInRun(ILogger logger, string stepId, long count);

    [LoggerMessage(EventId = InstallStatusSkippedId, Level = LogLevel.Information,
        Message = "Step {StepId}: {Count} install states name a device that is not in this run")]
    public static partial void InstallStatusesSkipped(ILogger logger, string stepId, long count);

    [LoggerMessage(EventId = ExportJobResubmittedId, Level = LogLevel.Warning,
        Message = "Export job {JobId} for {ReportName} did not complete ({Outcome}); submission {Submission} of {MaxSubmissions}")]
    public static partial void ExportJobResubmitted(ILogger logger, string reportName, string jobId, string outcome, int submission, int maxSubmissions);

    [LoggerMessage(EventId = ReportExportedId, Level = LogLevel.Information,
        Message = "Downloaded the {ReportName} export of job {JobId}: {Bytes} bytes")]
    public static partial void ReportExported(ILogger logger, string reportName, string jobId, long bytes);

    [LoggerMessage(EventId = DetectedAppsExportFallbackId, Level = LogLevel.Warning,
        Message = "Step {StepId} lists detected apps device by device instead of through the AppInvRawData export: {Reason}")]
    public static partial void DetectedAppsExportFallback(ILogger logger, string stepId, string reason);

    [LoggerMessage(EventId = DetectionsSkippedId, Level = LogLevel.Information,
        Message = "Step {StepId}: {Count} exported detections name a device that is not in this run")]
    public static partial void DetectionsSkipped(ILogger logger, string stepId, long count);
}
