using TenantGraph.Core.DataModel;

namespace TenantGraph.Core.JobStates;

/// <summary>An entity does not validate against its classes: a collector bug, which fails the step that added it.</summary>
public sealed class InvalidEntityException(IReadOnlyList<EntityValidationError> errors)
    : Exception(string.Join("; ", errors.Select(e => e.ToString())))
{
    public IReadOnlyList<EntityValidationError> Errors { get; } = errors;
}
