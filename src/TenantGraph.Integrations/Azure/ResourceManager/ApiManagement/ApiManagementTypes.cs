using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.ApiManagement;

internal static class ApiManagementTypes
{
    public static readonly EntityMetadata Service = new("[RM] API Management Service", "azure_api_management_service", ["Gateway"]);
    public static readonly EntityMetadata Api = new("[RM] API Management API", "azure_api_management_api", ["ApplicationEndpoint"]);

    public static readonly RelationshipMetadata ServiceHasApi = RelationshipMetadata.Direct(Service, RelationshipClass.Has, Api);
}
