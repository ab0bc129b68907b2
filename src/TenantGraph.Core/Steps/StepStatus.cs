namespace TenantGraph.Core.Steps;

/// <summary>A step's outcome, written to summary.json in the SDK's wire spelling (see <see cref="StepStatusText"/>).</summary>
public enum StepStatus
{
    PendingEvaluation,
    Success,
    Cached,
    Failure,
    PartialSuccessDueToDependencyFailure,
    Disabled,
}

public static class StepStatusText
{
    public static string ToWire(this StepStatus status) => status switch
    {
        StepStatus.PendingEvaluation => "pending_evaluation",
        StepStatus.Success => "success",
        StepStatus.Cached => "cached",
        StepStatus.Failure => "failure",
        StepStatus.PartialSuccessDueToDependencyFailure => "partial_success_due_to_dependency_failure",
        StepStatus.Disabled => "disabled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static StepStatus Parse(string text)
    {
        foreach (var status in Enum.GetValues<StepStatus>())
        {
            if (status.ToWire() == text)
            {
                return status;
            }
        }

        throw new ArgumentException($"'{text}' is not a step status.", nameof(text));
    }
}
