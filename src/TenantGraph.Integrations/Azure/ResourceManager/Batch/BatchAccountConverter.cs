using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Batch;

/// <summary>azure-spec §5.8 <c>azure_batch_account</c>.</summary>
internal static class BatchAccountConverter
{
    private static readonly EntityMap<BatchAccount> Map = new(BatchTypes.Account)
    {
        Key = a => a.Id,
        Properties =
        {
            ["id"] = a => a.Id,
            ["name"] = a => a.Name,
            ["displayName"] = a => a.Name,
            ["type"] = a => a.Type,
            ["region"] = a => a.Location,
            ["resourceGroup"] = a => ResourceId.Parse(a.Id).ResourceGroupName,
            ["category"] = _ => new[] { "infrastructure" },
            ["function"] = _ => new[] { "batching" },
            ["accountEndpoint"] = a => a.Properties?.AccountEndpoint,
            ["endpoints"] = a => a.Properties?.AccountEndpoint is { } endpoint ? new[] { endpoint } : null,
            ["provisioningState"] = a => a.Properties?.ProvisioningState,
            ["poolAllocationMode"] = a => a.Properties?.PoolAllocationMode,
            ["publicNetworkAccess"] = a => a.Properties?.PublicNetworkAccess,
            ["dedicatedCoreQuota"] = a => a.Properties?.DedicatedCoreQuota,
            ["lowPriorityCoreQuota"] = a => a.Properties?.LowPriorityCoreQuota,
            ["poolQuota"] = a => a.Properties?.PoolQuota,
            ["encryption.keySource"] = a => a.Properties?.Encryption?.KeySource,
            ["autoStorageAccountId"] = a => a.Properties?.AutoStorage?.StorageAccountId,
        },
    };

    public static Entity ToEntity(ApiObject<BatchAccount> account, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(account), links, account.Value.Tags);
}
