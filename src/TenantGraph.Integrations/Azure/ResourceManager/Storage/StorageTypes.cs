using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.KeyVault;

namespace TenantGraph.Integrations.Azure.ResourceManager.Storage;

internal static class StorageTypes
{
    public static readonly EntityMetadata Account = new("[RM] Storage Account", "azure_storage_account", ["Service"]);
    public static readonly EntityMetadata Container = new("[RM] Storage Container", "azure_storage_container", ["DataStore"]);
    public static readonly EntityMetadata FileShare = new("[RM] Storage File Share", "azure_storage_file_share", ["DataStore"]);
    public static readonly EntityMetadata Queue = new("[RM] Storage Queue", "azure_storage_queue", ["Queue"]);
    public static readonly EntityMetadata Table = new("[RM] Storage Table", "azure_storage_table", ["DataStore", "Database"]);

    public static readonly RelationshipMetadata AccountHasContainer = RelationshipMetadata.Direct(Account, RelationshipClass.Has, Container);
    public static readonly RelationshipMetadata AccountHasFileShare = RelationshipMetadata.Direct(Account, RelationshipClass.Has, FileShare);
    public static readonly RelationshipMetadata AccountHasQueue = RelationshipMetadata.Direct(Account, RelationshipClass.Has, Queue);
    public static readonly RelationshipMetadata AccountHasTable = RelationshipMetadata.Direct(Account, RelationshipClass.Has, Table);

    public static readonly RelationshipMetadata AccountUsesVault =
        RelationshipMetadata.Direct(Account, RelationshipClass.Uses, KeyVaultTypes.Vault);
}
