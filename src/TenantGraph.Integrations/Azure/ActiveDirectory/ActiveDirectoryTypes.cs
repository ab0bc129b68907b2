using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ActiveDirectory;

internal static class ActiveDirectoryTypes
{
    public static readonly EntityMetadata Account = new("[AD] Account", "azure_account", ["Account"]);
    public static readonly EntityMetadata User = new("[AD] User", "azure_user", ["User"]);
    public static readonly EntityMetadata UserGroup = new("[AD] Group", "azure_user_group", ["UserGroup"]);
    public static readonly EntityMetadata GroupMember = new("[AD] Group Member", "azure_group_member", ["User"]);
    public static readonly EntityMetadata ServicePrincipal = new("[AD] Service Principal", "azure_service_principal", ["Service"]);

    public static readonly RelationshipMetadata AccountHasUser = RelationshipMetadata.Direct(Account, RelationshipClass.Has, User);

    /// <summary>The seed's irregular <c>_type</c> (azure-spec §6 table).</summary>
    public static readonly RelationshipMetadata AccountHasGroup =
        RelationshipMetadata.Direct(Account, RelationshipClass.Has, UserGroup, "azure_account_has_group");

    /// <summary>Seed declarations <c>azure_group_has_user</c> / <c>_group</c> / <c>_member</c> (azure-spec §6, last paragraph).</summary>
    public static readonly RelationshipMetadata GroupHasUser =
        RelationshipMetadata.Direct(UserGroup, RelationshipClass.Has, User, "azure_group_has_user");

    public static readonly RelationshipMetadata GroupHasGroup =
        RelationshipMetadata.Direct(UserGroup, RelationshipClass.Has, UserGroup, "azure_group_has_group");

    public static readonly RelationshipMetadata GroupHasMember =
        RelationshipMetadata.Direct(UserGroup, RelationshipClass.Has, GroupMember, "azure_group_has_member");

    /// <summary>The account's key: one account per directory.</summary>
    public static string AccountKey(string tenantId) => $"azure_account:{tenantId}";
}
