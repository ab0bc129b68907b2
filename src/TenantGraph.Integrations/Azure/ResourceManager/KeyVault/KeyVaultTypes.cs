using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ActiveDirectory;

namespace TenantGraph.Integrations.Azure.ResourceManager.KeyVault;

internal static class KeyVaultTypes
{
    public static readonly EntityMetadata Vault = new("[RM] Key Vault", "azure_keyvault_service", ["Service"]);

    public static readonly RelationshipMetadata AccountHasVault =
        RelationshipMetadata.Direct(ActiveDirectoryTypes.Account, RelationshipClass.Has, Vault);
}
