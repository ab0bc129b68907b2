using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Batch;

/// <summary>azure-spec §5.8 <c>azure_batch_pool</c>.</summary>
internal static class PoolConverter
{
    private static readonly EntityMap<Pool> Map = new(BatchTypes.Pool)
    {
        Key = p => p.Id,
        Properties =
        {
            ["id"] = p => p.Id,
            ["name"] = p => p.Name,
            ["displayName"] = p => p.Name,
            ["type"] = p => p.Type,
            ["resourceGroup"] = p => ResourceId.Parse(p.Id).ResourceGroupName,
            ["vmSize"] = p => p.Properties?.VmSize,
            ["provisioningState"] = p => p.Properties?.ProvisioningState,
            ["allocationState"] = p => p.Properties?.AllocationState,
            ["currentDedicatedNodes"] = p => p.Properties?.CurrentDedicatedNodes,
            ["currentLowPriorityNodes"] = p => p.Properties?.CurrentLowPriorityNodes,
            ["interNodeCommunication"] = p => p.Properties?.InterNodeCommunication,
            ["taskSlotsPerNode"] = p => p.Properties?.TaskSlotsPerNode,
            ["createdOn"] = p => PropertyValues.ParseTime(p.Properties?.CreationTime),
            ["updatedOn"] = p => PropertyValues.ParseTime(p.Properties?.LastModified),
        },
    };

    public static Entity ToEntity(ApiObject<Pool> pool, PortalLinks links) => ArmEntity.Complete(Map.Build(pool), links, null);
}
