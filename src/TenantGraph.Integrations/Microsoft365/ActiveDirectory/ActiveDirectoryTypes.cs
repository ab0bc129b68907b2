using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Microsoft365.ActiveDirectory;

/// <summary>The directory types of the microsoft-365 integration (seed 000, m365 spec A5.1–A5.4, A6.1).</summary>
internal static class ActiveDirectoryTypes
{
    public static readonly EntityMetadata Account = new("[AD] Account", "microsoft_365_account", ["Account"]);
    public static readonly EntityMetadata User = new("[AD] User", "azure_user", ["User"]);
    public static readonly EntityMetadata Group = new("[AD] Group", "azure_user_group", ["UserGroup"]);

    /// <summary>A member that is neither a user nor a group (device, service principal, contact).</summary>
    public static readonly EntityMetadata GroupMember = new("[AD] Group Member", "azure_group_member", ["User"]);

    public static readonly RelationshipMetadata AccountHasUser = RelationshipMetadata.Direct(Account, RelationshipClass.Has, User);

    // The reference pins these _types (spec A6.1, A3); the SDK rule would give microsoft_365_account_has_azure_user_group
    // and azure_user_group_has_*; seed 000's sort order confirms the pinned values.
    public static readonly RelationshipMetadata AccountHasGroup =
        RelationshipMetadata.Direct(Account, RelationshipClass.Has, Group, "microsoft_365_account_has_azure_group");

    public static readonly RelationshipMetadata GroupHasUser =
        RelationshipMetadata.Direct(Group, RelationshipClass.Has, User, "azure_group_has_user");

    public static readonly RelationshipMetadata GroupHasGroup =
        RelationshipMetadata.Direct(Group, RelationshipClass.Has, Group, "azure_group_has_group");

    public static readonly RelationshipMetadata GroupHasMember =
        RelationshipMetadata.Direct(Group, RelationshipClass.Has, GroupMember, "azure_group_has_member");

    public static readonly DirectoryModel Model = new(Account, User, Group, GroupMember, AccountHasUser, AccountHasGroup,
        GroupHasUser, GroupHasGroup, GroupHasMember);
}
