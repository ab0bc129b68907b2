using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Compute;

/// <summary>azure-spec §5.5 <c>azure_managed_disk</c>.</summary>
internal static class DiskConverter
{
    private static readonly EntityMap<Disk> Map = new(ComputeTypes.ManagedDisk)
    {
        Key = d => d.Id,
        CopySourceProperties = false,
        Properties =
        {
            ["id"] = d => d.Id,
            ["name"] = d => d.Name,
            ["displayName"] = d => d.Name,
            ["type"] = d => d.Type,
            ["region"] = d => d.Location,
            ["resourceGroup"] = d => ResourceId.Parse(d.Id).ResourceGroupName,
            ["managedBy"] = d => d.ManagedBy,
            ["sku"] = d => d.Sku?.Name,
            ["diskSizeGB"] = d => d.Properties?.DiskSizeGB,
            ["osType"] = d => d.Properties?.OsType,
            ["provisioningState"] = d => d.Properties?.ProvisioningState,
            ["createdOn"] = d => d.Properties?.TimeCreated,
            ["encrypted"] = d => !string.IsNullOrEmpty(d.Properties?.Encryption?.Type),
            ["encryption"] = d => d.Properties?.Encryption?.Type,
            ["state"] = d => d.Properties?.DiskState?.ToLowerInvariant(),
            ["attached"] = d => d.Properties?.DiskState == "Attached",
            ["classification"] = _ => null,
        },
    };

    public static Entity ToEntity(ApiObject<Disk> disk, PortalLinks links) =>
        ArmEntity.Complete(Map.Build(disk), links, disk.Value.Tags);
}
