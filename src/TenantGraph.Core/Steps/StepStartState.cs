namespace TenantGraph.Core.Steps;

/// <summary>Whether a step runs, decided before the run; a disabled step and its dependents are skipped with the reason.</summary>
public sealed record StepStartState(bool Disabled, string? Reason = null)
{
    public static readonly StepStartState Enabled = new(false);

    public static StepStartState Skip(string reason) => new(true, reason);
}
