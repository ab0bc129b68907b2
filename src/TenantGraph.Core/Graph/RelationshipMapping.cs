namespace TenantGraph.Core.Graph;

/// <summary>
/// The <c>_mapping</c> of a mapped relationship: which entity it starts from, which way it points, and the
/// target JupiterOne should find (by any one of the filter-key sets) or create.
/// </summary>
public sealed record RelationshipMapping(
    RelationshipDirection Direction,
    string SourceEntityKey,
    IReadOnlyList<IReadOnlyList<string>> TargetFilterKeys,
    PropertyBag TargetEntity,
    bool? SkipTargetCreation = null);
