using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;

namespace TenantGraph.Integrations.Azure.ResourceManager.Security;

internal static class SecurityTypes
{
    public static readonly EntityMetadata Assessment = new("[RM] Security Assessment", "azure_security_assessment", ["Assessment"]);
    public static readonly EntityMetadata Contact = new("[RM] Security Contact", "azure_security_center_contact", ["Resource"]);

    /// <summary>Seed <c>_type</c> <c>azure_subscription_performed_security_assessment</c> (azure-spec §6 table).</summary>
    public static readonly RelationshipMetadata SubscriptionPerformedAssessment = RelationshipMetadata.Direct(
        ResourcesTypes.Subscription, RelationshipClass.Performed, Assessment, "azure_subscription_performed_security_assessment");

    public static readonly RelationshipMetadata SubscriptionHasContact =
        RelationshipMetadata.Direct(ResourcesTypes.Subscription, RelationshipClass.Has, Contact);
}
