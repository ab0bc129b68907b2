namespace TenantGraph.Core.Steps;

/// <summary>The outcome of running one integration instance: step results in topological order and the partial types.</summary>
public sealed record RunResult(
    string Instance,
    string Integration,
    DateTimeOffset StartedOn,
    DateTimeOffset EndedOn,
    IReadOnlyList<StepResult> Steps,
    bool Cancelled)
{
    /// <summary>
    /// Types whose previous objects are kept and never reported deleted (sdk-spec §4.4): the declared partial
    /// types of every step that ran, and every declared type of a step that failed or ended partial.
    /// </summary>
    public IReadOnlyList<string> PartialTypes { get; } = Steps
        .Where(s => s.Status != StepStatus.Disabled)
        .SelectMany(s => s.Status is StepStatus.Failure or StepStatus.PartialSuccessDueToDependencyFailure
            ? s.PartialTypes.Concat(s.DeclaredTypes)
            : s.PartialTypes)
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    public bool HasFailures => Cancelled || Steps.Any(s =>
        s.Status is StepStatus.Failure or StepStatus.PartialSuccessDueToDependencyFailure || s.MissingPermissions.Count > 0);
}
