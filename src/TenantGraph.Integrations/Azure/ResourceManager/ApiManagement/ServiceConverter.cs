using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.ApiManagement;

/// <summary>
/// azure-spec §5.8 <c>azure_api_management_service</c>: public when it has public addresses. The gateway's TLS 1.0
/// and 1.1 switches (<c>customProperties</c> <c>…Gateway.Security.Protocols.Tls10/Tls11</c>) are kept as booleans.
/// </summary>
internal static class ServiceConverter
{
    private const string GatewayProtocols = "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.";

    private static readonly EntityMap<ApiManagementService> Map = new(ApiManagementTypes.Service)
    {
        Key = s => s.Id,
        Properties =
        {
            ["id"] = s => s.Id,
            ["name"] = s => s.Name,
            ["displayName"] = s => s.Name,
            ["type"] = s => s.Type,
            ["region"] = s => s.Location,
            ["resourceGroup"] = s => ResourceId.Parse(s.Id).ResourceGroupName,
            ["category"] = _ => new[] { "application" },
            ["function"] = _ => new[] { "api-gateway" },
            ["public"] = s => s.Properties?.PublicIPAddresses is { Count: > 0 },
            ["publicIpAddresses"] = s => s.Properties?.PublicIPAddresses?.ToArray(),
            ["privateIpAddresses"] = s => s.Properties?.PrivateIPAddresses?.ToArray(),
            ["sku"] = s => s.Sku?.Name,
            ["provisioningState"] = s => s.Properties?.ProvisioningState,
            ["gatewayUrl"] = s => s.Properties?.GatewayUrl,
            ["portalUrl"] = s => s.Properties?.PortalUrl,
            ["developerPortalUrl"] = s => s.Properties?.DeveloperPortalUrl,
            ["managementApiUrl"] = s => s.Properties?.ManagementApiUrl,
            ["publicNetworkAccess"] = s => s.Properties?.PublicNetworkAccess,
            ["virtualNetworkType"] = s => s.Properties?.VirtualNetworkType,
            ["disableGateway"] = s => s.Properties?.DisableGateway,
            ["platformVersion"] = s => s.Properties?.PlatformVersion,
            ["tls10Enabled"] = s => Switch(s, "Tls10"),
            ["tls11Enabled"] = s => Switch(s, "Tls11"),
            ["createdOn"] = s => PropertyValues.ParseTime(s.Properties?.CreatedAtUtc),
        },
    };

    public static Entity ToEntity(ApiObject<ApiManagementService> service, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(service), links, service.Value.Tags);

    private static bool? Switch(ApiManagementService service, string protocol) =>
        service.Properties?.CustomProperties?.TryGetValue(GatewayProtocols + protocol, out var value) == true && value is not null
            ? value.Equals("true", StringComparison.OrdinalIgnoreCase)
            : null;
}
