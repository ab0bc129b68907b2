namespace TenantGraph.Core.Steps;

/// <summary>
/// What one step did in a run: the SDK's <c>IntegrationStepResult</c> fields plus why it was disabled, the error
/// that failed it, and the permissions it lacked.
/// </summary>
public sealed record StepResult(
    string Id,
    string Name,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<string> DeclaredTypes,
    IReadOnlyList<string> PartialTypes,
    IReadOnlyList<string> EncounteredTypes,
    IReadOnlyDictionary<string, long> EncounteredTypeCounts,
    StepStatus Status,
    DateTimeOffset? StartTime = null,
    DateTimeOffset? EndTime = null)
{
    public string? DisabledReason { get; init; }

    public string? Error { get; init; }

    public IReadOnlyList<MissingPermission> MissingPermissions { get; init; } = [];

    public long Requests { get; init; }

    public TimeSpan? Duration => EndTime - StartTime;
}

/// <summary>A read the app was not allowed to make, and the permission to grant.</summary>
public sealed record MissingPermission(string StepId, string Path, string Permission);
