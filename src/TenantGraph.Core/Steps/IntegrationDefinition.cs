namespace TenantGraph.Core.Steps;

/// <summary>An integration as the engine sees it: a name and its steps (a DAG through <c>DependsOn</c>).</summary>
public sealed record IntegrationDefinition(string Name, IReadOnlyList<StepDefinition> Steps)
{
    /// <summary>Whether keys are matched case-insensitively (Azure resource ids vary in case; azure-spec §3.3).</summary>
    public bool CaseInsensitiveKeys { get; init; }

    /// <summary>How <c>document</c> lays out the relationship tables, matching the seed the integration follows.</summary>
    public RelationshipTableLayout DocumentLayout { get; init; } = RelationshipTableLayout.Separate;
}
