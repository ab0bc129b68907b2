using TenantGraph.Core.Steps;

namespace TenantGraph.Store;

/// <summary>
/// One row of <c>runs</c>: a collection of one instance. Counts are of the run's snapshot (objects carried over
/// for partial types included); <see cref="Error"/> says why a failed run failed.
/// </summary>
public sealed record RunInfo(
    long Id,
    string Instance,
    string Integration,
    DateTimeOffset StartedOn,
    DateTimeOffset? EndedOn,
    RunStatus Status,
    IReadOnlyList<string> PartialTypes,
    long EntityCount,
    long RelationshipCount,
    IReadOnlyList<StepResult> Steps,
    string? Error);
