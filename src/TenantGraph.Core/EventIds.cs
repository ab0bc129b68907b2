namespace TenantGraph.Core;

/// <summary>Stable log event ids of the engine (1xxx); tests assert on these, not on message text.</summary>
internal static class EventIds
{
    public const int StepStarted = 1001;
    public const int StepSucceeded = 1002;
    public const int StepFailed = 1003;
    public const int StepSkipped = 1004;
    public const int MissingPermission = 1005;
    public const int UndeclaredTypes = 1006;
    public const int StepCancelled = 1007;
    public const int StepFailureDetail = 1008;
}
