using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.ApiManagement;

/// <summary>azure-spec §5.8 <c>azure_api_management_api</c>: its <c>address</c> is the API's path on the gateway.</summary>
internal static class ApiConverter
{
    private static readonly EntityMap<Api> Map = new(ApiManagementTypes.Api)
    {
        Key = a => a.Id,
        Properties =
        {
            ["id"] = a => a.Id,
            ["name"] = a => a.Name,
            ["displayName"] = a => a.Properties?.DisplayName ?? a.Name,
            ["type"] = a => a.Type,
            ["resourceGroup"] = a => ResourceId.Parse(a.Id).ResourceGroupName,
            ["address"] = a => a.Properties?.Path,
            ["serviceUrl"] = a => a.Properties?.ServiceUrl,
            ["protocols"] = a => a.Properties?.Protocols?.ToArray(),
            ["subscriptionRequired"] = a => a.Properties?.SubscriptionRequired,
            ["apiRevision"] = a => a.Properties?.ApiRevision,
            ["apiVersion"] = a => a.Properties?.ApiVersion,
            ["isCurrent"] = a => a.Properties?.IsCurrent,
            ["apiType"] = a => a.Properties?.Type,
        },
    };

    public static Entity ToEntity(ApiObject<Api> api, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(api), links, null);
}
