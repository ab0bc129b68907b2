using Microsoft.Extensions.Logging;

namespace TenantGraph.Integrations.Azure;

/// <summary>Log messages of the Azure integration; event ids 3500–3599 of the Integrations range.</summary>
internal static partial class AzureLog
{
    [LoggerMessage(EventId = 3500, Level = LogLevel.Warning,
        Message = "Step {StepId}: no collected resource group holds {ResourceKey}; the resource is kept without its group edge")]
    public static partial void MissingResourceGroup(ILogger logger, string stepId, string resourceKey);

    [LoggerMessage(EventId = 3501, Level = LogLevel.Information,
        Message = "Step {StepId}: {Path} is not available in this subscription ({ErrorCode}); treated as empty")]
    public static partial void ProviderNotRegistered(ILogger logger, string stepId, string path, string errorCode);

    [LoggerMessage(EventId = 3502, Level = LogLevel.Warning,
        Message = "Step {StepId}: the organization could not be read ({Reason}); the account is built from the instance")]
    public static partial void AccountFallback(ILogger logger, string stepId, string reason);

    [LoggerMessage(EventId = 3503, Level = LogLevel.Warning,
        Message = "Step {StepId}: security rule {RuleId} targets private prefix {Prefix}, but no collected subnet has that CIDR")]
    public static partial void RuleSubnetNotFound(ILogger logger, string stepId, string ruleId, string prefix);

    [LoggerMessage(EventId = 3504, Level = LogLevel.Information,
        Message = "Step {StepId}: storage account {AccountKey} of kind {Kind} has no {Service} service; not listed")]
    public static partial void StorageServiceNotSupported(ILogger logger, string stepId, string accountKey, string kind, string service);

    [LoggerMessage(EventId = 3505, Level = LogLevel.Information,
        Message = "Step {StepId}: role assignment scope {Scope} is not a collected resource; no ALLOWS edge")]
    public static partial void ScopeNotCollected(ILogger logger, string stepId, string scope);

    [LoggerMessage(EventId = 3506, Level = LogLevel.Warning,
        Message = "Step {StepId}: {Reference} names {TargetKey}, which was not collected; no edge")]
    public static partial void ReferenceNotCollected(ILogger logger, string stepId, string reference, string targetKey);
}
