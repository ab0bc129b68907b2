using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.Cdn;

internal static class CdnTypes
{
    public static readonly EntityMetadata Profile = new("[RM] CDN Profile", "azure_cdn_profile", ["Service"]);
    public static readonly EntityMetadata Endpoint = new("[RM] CDN Endpoint", "azure_cdn_endpoint", ["Gateway"]);

    public static readonly RelationshipMetadata ProfileHasEndpoint = RelationshipMetadata.Direct(Profile, RelationshipClass.Has, Endpoint);
}
