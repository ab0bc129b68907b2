namespace TenantGraph.Core.Metadata;

/// <summary>
/// What a step declares about an entity type it produces: the resource name shown in the data-model tables,
/// the <c>_type</c>, and its classes. <see cref="Partial"/> types are never reported deleted (the SDK's
/// <c>partial: true</c>).
/// </summary>
public sealed record EntityMetadata(string ResourceName, string Type, IReadOnlyList<string> Classes)
{
    public bool Partial { get; init; }
}
