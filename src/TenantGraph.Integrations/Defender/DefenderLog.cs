using Microsoft.Extensions.Logging;

namespace TenantGraph.Integrations.Defender;

/// <summary>
/// Log messages of the Defender integration. Event ids 3400–3499 (the Integrations range, 3xxx, split by
/// integration so that families written side by side never collide).
/// </summary>
internal static partial class DefenderLog
{
    public const int NoOrganizationId = 3401;
    public const int NoAccountId = 3402;
    public const int MachineWithoutRawDataId = 3403;
    public const int BulkVulnerabilitiesUnavailableId = 3404;
    public const int VulnerabilityDetailMissingId = 3405;
    public const int PairForUnknownMachineId = 3406;
    public const int NotACveId = 3407;
    public const int NoDefenderEndpointId = 3408;
    public const int AdvancedHuntingUnavailableId = 3409;
    public const int LogonResultFullId = 3410;
    public const int LogonRowsForUnknownMachinesId = 3411;

    [LoggerMessage(EventId = NoOrganizationId, Level = LogLevel.Warning,
        Message = "Step {StepId}: Graph listed no organization, so no account entity was created")]
    public static partial void NoOrganization(ILogger logger, string stepId);

    [LoggerMessage(EventId = NoAccountId, Level = LogLevel.Warning,
        Message = "Step {StepId}: no account entity (fetch-account did not produce one); {Type} entities are collected without their account relationship")]
    public static partial void NoAccount(ILogger logger, string stepId, string type);

    [LoggerMessage(EventId = MachineWithoutRawDataId, Level = LogLevel.Warning,
        Message = "Step {StepId}: machine {Key} has no raw data to build its endpoint from")]
    public static partial void MachineWithoutRawData(ILogger logger, string stepId, string key);

    [LoggerMessage(EventId = BulkVulnerabilitiesUnavailableId, Level = LogLevel.Information,
        Message = "Step {StepId}: {Path} is not available ({Reason}); reading vulnerabilities machine by machine ({Machines} calls)")]
    public static partial void BulkVulnerabilitiesUnavailable(ILogger logger, string stepId, string path, string reason, int machines);

    [LoggerMessage(EventId = VulnerabilityDetailMissingId, Level = LogLevel.Warning,
        Message = "Step {StepId}: {Count} vulnerabilities reported on machines are not in the vulnerability list; fetched one by one")]
    public static partial void VulnerabilityDetailMissing(ILogger logger, string stepId, int count);

    [LoggerMessage(EventId = PairForUnknownMachineId, Level = LogLevel.Debug,
        Message = "Step {StepId}: {Count} machine-vulnerability rows name machines the machine list did not return; skipped")]
    public static partial void PairsForUnknownMachines(ILogger logger, string stepId, int count);

    [LoggerMessage(EventId = NotACveId, Level = LogLevel.Debug,
        Message = "Step {StepId}: vulnerability {Id} is not a CVE id; no CVE relationship")]
    public static partial void NotACve(ILogger logger, string stepId, string id);

    [LoggerMessage(EventId = NoDefenderEndpointId, Level = LogLevel.Information,
        Message = "Instance {Instance}: the {Cloud} cloud has no Defender for Endpoint API; Defender steps are disabled")]
    public static partial void NoDefenderEndpoint(ILogger logger, string instance, string cloud);

    [LoggerMessage(EventId = AdvancedHuntingUnavailableId, Level = LogLevel.Information,
        Message = "Step {StepId}: {Path} is not available ({Reason}); reading logon users machine by machine ({Machines} calls)")]
    public static partial void AdvancedHuntingUnavailable(ILogger logger, string stepId, string path, string reason, int machines);

    [LoggerMessage(EventId = LogonResultFullId, Level = LogLevel.Warning,
        Message = "Step {StepId}: advanced hunting returned its limit of {Rows} rows for devices starting {Prefix}; logon users of those devices may be missing")]
    public static partial void LogonResultFull(ILogger logger, string stepId, string prefix, int rows);

    [LoggerMessage(EventId = LogonRowsForUnknownMachinesId, Level = LogLevel.Debug,
        Message = "Step {StepId}: {Count} device-account rows name machines the machine list did not return; skipped")]
    public static partial void LogonRowsForUnknownMachines(ILogger logger, string stepId, int count);
}
