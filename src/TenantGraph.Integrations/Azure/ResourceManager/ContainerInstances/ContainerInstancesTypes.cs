using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ResourceManager.ContainerInstances;

internal static class ContainerInstancesTypes
{
    public const string StorageFileShareType = "azure_storage_file_share";

    public static readonly EntityMetadata Group = new("[RM] Container Group", "azure_container_group", ["Group"]);
    public static readonly EntityMetadata Container = new("[RM] Container", "azure_container", ["Container"]);
    public static readonly EntityMetadata Volume = new("[RM] Container Volume", "azure_container_volume", ["Disk"]);

    public static readonly RelationshipMetadata GroupHasContainer = RelationshipMetadata.Direct(Group, RelationshipClass.Has, Container);
    public static readonly RelationshipMetadata GroupHasVolume = RelationshipMetadata.Direct(Group, RelationshipClass.Has, Volume);
    public static readonly RelationshipMetadata ContainerUsesVolume = RelationshipMetadata.Direct(Container, RelationshipClass.Uses, Volume);

    /// <summary><c>azure_container_volume_uses_storage_file_share</c> (azure-spec §6).</summary>
    public static readonly RelationshipMetadata VolumeUsesFileShare =
        RelationshipMetadata.Direct(Volume.Type, RelationshipClass.Uses, StorageFileShareType);
}
