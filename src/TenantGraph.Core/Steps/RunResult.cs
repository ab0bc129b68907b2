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
    /// <summary>Types of failed steps: their previous objects are kept and never reported deleted.</summary>
    public IReadOnlyList<string> PartialTypes { get; } =
        Steps.SelectMany(s => s.PartialTypes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    public bool HasFailures => Cancelled || Steps.Any(s =>
        s.Status is StepStatus.Failure or StepStatus.PartialSuccessDueToDependencyFailure || s.MissingPermissions.Count > 0);
}
