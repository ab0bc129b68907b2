using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Storage;

/// <summary>
/// Containers, file shares, queues and tables (azure-spec §5.6). Each takes its <c>encrypted</c> flag from its own
/// service's encryption setting on the account (file shares from the file service, not the blob one: CHANGELOG 3.13.0).
/// </summary>
internal static class StorageChildConverter
{
    private sealed record Input(StorageChild Child, StorageAccount Account);

    private static readonly EntityMap<Input> ContainerMap = new(StorageTypes.Container)
    {
        Key = i => i.Child.Id,
        Properties =
        {
            ["id"] = i => i.Child.Id,
            ["name"] = i => i.Child.Name,
            ["displayName"] = i => i.Child.Name,
            ["type"] = i => i.Child.Type,
            ["resourceGroup"] = i => ResourceId.Parse(i.Child.Id).ResourceGroupName,
            ["publicAccess"] = i => i.Child.Properties?.PublicAccess,
            ["public"] = i => i.Child.Properties?.PublicAccess is { } access
                && (access.Contains("container", StringComparison.OrdinalIgnoreCase) || access.Contains("blob", StringComparison.OrdinalIgnoreCase)),
            ["hasImmutabilityPolicy"] = i => i.Child.Properties?.HasImmutabilityPolicy,
            ["hasLegalHold"] = i => i.Child.Properties?.HasLegalHold,
            ["updatedOn"] = i => i.Child.Properties?.LastModifiedTime,
            ["classification"] = _ => null,
            ["encrypted"] = i => i.Account.Properties?.Encryption?.Services?.Blob?.Enabled ?? false,
        },
    };

    private static readonly EntityMap<Input> FileShareMap = new(StorageTypes.FileShare)
    {
        Key = i => i.Child.Id,
        Properties =
        {
            ["id"] = i => i.Child.Id,
            ["name"] = i => i.Child.Name,
            ["displayName"] = i => i.Child.Name,
            ["type"] = i => i.Child.Type,
            ["resourceGroup"] = i => ResourceId.Parse(i.Child.Id).ResourceGroupName,
            ["shareQuota"] = i => i.Child.Properties?.ShareQuota,
            ["accessTier"] = i => i.Child.Properties?.AccessTier,
            ["enabledProtocols"] = i => i.Child.Properties?.EnabledProtocols,
            ["updatedOn"] = i => i.Child.Properties?.LastModifiedTime,
            ["classification"] = _ => null,
            ["encrypted"] = i => i.Account.Properties?.Encryption?.Services?.File?.Enabled ?? false,
        },
    };

    private static readonly EntityMap<Input> QueueMap = new(StorageTypes.Queue)
    {
        Key = i => i.Child.Id,
        Properties =
        {
            ["id"] = i => i.Child.Id,
            ["name"] = i => i.Child.Name,
            ["displayName"] = i => i.Child.Name,
            ["type"] = i => i.Child.Type,
            ["resourceGroup"] = i => ResourceId.Parse(i.Child.Id).ResourceGroupName,
            ["encrypted"] = i => i.Account.Properties?.Encryption?.Services?.Queue?.Enabled,
        },
    };

    private static readonly EntityMap<Input> TableMap = new(StorageTypes.Table)
    {
        Key = i => i.Child.Id,
        Properties =
        {
            ["id"] = i => i.Child.Id,
            ["name"] = i => i.Child.Name,
            ["displayName"] = i => i.Child.Name,
            ["tableName"] = i => i.Child.Properties?.TableName ?? i.Child.Name,
            ["type"] = i => i.Child.Type,
            ["resourceGroup"] = i => ResourceId.Parse(i.Child.Id).ResourceGroupName,
            ["classification"] = _ => null,
            ["encrypted"] = i => i.Account.Properties?.Encryption?.Services?.Table?.Enabled == true,
        },
    };

    public static Entity ToContainer(ApiObject<StorageChild> child, StorageAccount account, PortalLinks links) =>
        Finish(ContainerMap, child, account, links);

    public static Entity ToFileShare(ApiObject<StorageChild> child, StorageAccount account, PortalLinks links) =>
        Finish(FileShareMap, child, account, links);

    public static Entity ToQueue(ApiObject<StorageChild> child, StorageAccount account, PortalLinks links) =>
        Finish(QueueMap, child, account, links);

    public static Entity ToTable(ApiObject<StorageChild> child, StorageAccount account, PortalLinks links) =>
        Finish(TableMap, child, account, links);

    private static Entity Finish(EntityMap<Input> map, ApiObject<StorageChild> child, StorageAccount account, PortalLinks links)
    {
        var entity = map.Build(new ApiObject<Input>(new Input(child.Value, account), child.Raw));
        entity.Properties.Set("webLink", links.For(child.Value.Id));
        return entity;
    }
}
