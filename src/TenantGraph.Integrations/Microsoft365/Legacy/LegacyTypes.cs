using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Microsoft365.ActiveDirectory;

namespace TenantGraph.Integrations.Microsoft365.Legacy;

/// <summary>
/// The older directory-only data model (seed 002): <c>active_directory_*</c> types. The seed fixes no relationship
/// <c>_type</c>s, so they follow the SDK rule.
/// </summary>
internal static class LegacyTypes
{
    public static readonly EntityMetadata Account = new("Account", "active_directory_account", ["Account"]);
    public static readonly EntityMetadata Group = new("Group", "active_directory_user_group", ["UserGroup"]);
    public static readonly EntityMetadata GroupMember = new("Group Member", "active_directory_group_member", ["User"]);
    public static readonly EntityMetadata User = new("User", "active_directory_user", ["User"]);

    public static readonly RelationshipMetadata AccountHasUser = RelationshipMetadata.Direct(Account, RelationshipClass.Has, User);
    public static readonly RelationshipMetadata AccountHasGroup = RelationshipMetadata.Direct(Account, RelationshipClass.Has, Group);
    public static readonly RelationshipMetadata GroupHasUser = RelationshipMetadata.Direct(Group, RelationshipClass.Has, User);
    public static readonly RelationshipMetadata GroupHasGroup = RelationshipMetadata.Direct(Group, RelationshipClass.Has, Group);
    public static readonly RelationshipMetadata GroupHasMember = RelationshipMetadata.Direct(Group, RelationshipClass.Has, GroupMember);

    public static readonly DirectoryModel Model = new(Account, User, Group, GroupMember, AccountHasUser, AccountHasGroup,
        GroupHasUser, GroupHasGroup, GroupHasMember);
}
