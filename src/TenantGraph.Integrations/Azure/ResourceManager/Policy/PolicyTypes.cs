using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

namespace TenantGraph.Integrations.Azure.ResourceManager.Policy;

internal static class PolicyTypes
{
    public static readonly EntityMetadata Assignment = new("[RM] Policy Assignment", "azure_policy_assignment", ["ControlPolicy"]);

    /// <summary>Seed <c>_type</c> <c>azure_resource_has_policy_assignment</c> (azure-spec §6 table).</summary>
    public static readonly RelationshipMetadata ScopeHasAssignment = RelationshipMetadata.Direct(
        DiagnosticSettingTypes.AnyScope, RelationshipClass.Has, Assignment.Type, "azure_resource_has_policy_assignment");
}
