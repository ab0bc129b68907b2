using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Batch;

/// <summary>azure-spec §5.8 <c>azure_batch_application</c> (HEAD's naming: <c>name</c> the id, <c>displayName</c> its display name).</summary>
internal static class ApplicationConverter
{
    private static readonly EntityMap<Application> Map = new(BatchTypes.Application)
    {
        Key = a => a.Id,
        Properties =
        {
            ["id"] = a => a.Id,
            ["name"] = a => a.Name,
            ["displayName"] = a => a.Properties?.DisplayName ?? a.Name,
            ["type"] = a => a.Type,
            ["resourceGroup"] = a => ResourceId.Parse(a.Id).ResourceGroupName,
            ["allowUpdates"] = a => a.Properties?.AllowUpdates,
            ["defaultVersion"] = a => a.Properties?.DefaultVersion,
        },
    };

    public static Entity ToEntity(ApiObject<Application> application, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(application), links, null);
}
