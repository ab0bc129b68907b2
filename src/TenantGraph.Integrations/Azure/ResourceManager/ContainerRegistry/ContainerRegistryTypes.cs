using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.ContainerRegistry;

internal static class ContainerRegistryTypes
{
    public static readonly EntityMetadata Registry = new("[RM] Container Registry", "azure_container_registry", ["DataStore"]);
    public static readonly EntityMetadata Webhook = new("[RM] Container Registry Webhook", "azure_container_registry_webhook", ["ApplicationEndpoint"]);

    public static readonly RelationshipMetadata RegistryHasWebhook = RelationshipMetadata.Direct(Registry, RelationshipClass.Has, Webhook);
}
