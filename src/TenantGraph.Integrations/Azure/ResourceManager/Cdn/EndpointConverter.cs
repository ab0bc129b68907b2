using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Cdn;

/// <summary>azure-spec §5.8 <c>azure_cdn_endpoint</c>: a public gateway; whether it still serves plain HTTP is kept.</summary>
internal static class EndpointConverter
{
    private static readonly EntityMap<Endpoint> Map = new(CdnTypes.Endpoint)
    {
        Key = e => e.Id,
        Properties =
        {
            ["id"] = e => e.Id,
            ["name"] = e => e.Name,
            ["displayName"] = e => e.Name,
            ["type"] = e => e.Type,
            ["region"] = e => e.Location,
            ["resourceGroup"] = e => ResourceId.Parse(e.Id).ResourceGroupName,
            ["category"] = _ => new[] { "data" },
            ["function"] = _ => new[] { "content-distribution" },
            ["public"] = _ => true,
            ["hostName"] = e => e.Properties?.HostName,
            ["originHostHeader"] = e => e.Properties?.OriginHostHeader,
            ["originPath"] = e => e.Properties?.OriginPath,
            ["originHostNames"] = e => e.Properties?.Origins?.Select(o => o.Properties?.HostName).OfType<string>().ToArray(),
            ["isHttpAllowed"] = e => e.Properties?.IsHttpAllowed,
            ["isHttpsAllowed"] = e => e.Properties?.IsHttpsAllowed,
            ["isCompressionEnabled"] = e => e.Properties?.IsCompressionEnabled,
            ["queryStringCachingBehavior"] = e => e.Properties?.QueryStringCachingBehavior,
            ["optimizationType"] = e => e.Properties?.OptimizationType,
            ["resourceState"] = e => e.Properties?.ResourceState,
            ["provisioningState"] = e => e.Properties?.ProvisioningState,
        },
    };

    public static Entity ToEntity(ApiObject<Endpoint> endpoint, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(endpoint), links, endpoint.Value.Tags);
}
