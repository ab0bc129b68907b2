using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Security;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

namespace TenantGraph.Integrations.Azure.ResourceManager.Advisor;

internal static class AdvisorTypes
{
    public static readonly EntityMetadata Recommendation = new("[RM] Advisor Recommendation", "azure_advisor_recommendation", ["Finding"]);

    /// <summary>Seed <c>_type</c> <c>azure_assessment_identified_recommendation</c> (azure-spec §6 table).</summary>
    public static readonly RelationshipMetadata AssessmentIdentifiedRecommendation = RelationshipMetadata.Direct(
        SecurityTypes.Assessment, RelationshipClass.Identified, Recommendation, "azure_assessment_identified_recommendation");

    /// <summary>Seed <c>_type</c> <c>azure_resource_has_finding</c>.</summary>
    public static readonly RelationshipMetadata ResourceHasRecommendation = RelationshipMetadata.Direct(
        DiagnosticSettingTypes.AnyScope, RelationshipClass.Has, Recommendation.Type, "azure_resource_has_finding");
}
