using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Microsoft365.ActiveDirectory;

/// <summary>
/// Group membership. Upstream emitted every membership as a mapped <c>azure_group_has_member</c> whatever the member
/// (spec A6.2, A10.7); here a user member gives <c>azure_group_has_user</c>, a group <c>azure_group_has_group</c>, and
/// anything else (device, service principal, contact) an <c>azure_group_member</c> entity with <c>azure_group_has_member</c>,
/// the types the seed declares.
/// </summary>
internal static class GroupMemberConverter
{
    public const string UserODataType = "#microsoft.graph.user";
    public const string GroupODataType = "#microsoft.graph.group";

    private static readonly EntityMap<DirectoryObject> Map = new(ActiveDirectoryTypes.GroupMember)
    {
        Key = m => m.Id,
        KeepRawData = false,
        CopySourceProperties = false,
        Properties =
        {
            ["name"] = m => m.DisplayName ?? m.Id,
            ["displayName"] = m => m.DisplayName ?? m.Id,
            ["id"] = m => m.Id,
            ["memberType"] = m => m.ODataType,
            ["jobTitle"] = m => m.JobTitle,
            ["email"] = m => Emails.AsList(m.Mail),
            ["username"] = m => m.UserPrincipalName is { Length: > 0 } upn ? new[] { upn } : null,
            ["firstName"] = _ => null,
            ["lastName"] = _ => null,
            ["shortLoginId"] = _ => null,
        },
    };

    public static MemberKind KindOf(DirectoryObject member) => member.ODataType switch
    {
        UserODataType => MemberKind.User,
        GroupODataType => MemberKind.Group,
        _ => MemberKind.Other,
    };

    /// <summary>The entity for a member that is neither a user nor a group.</summary>
    public static Entity ToEntity(DirectoryModel model, DirectoryObject member) =>
        EntityNulls.DropRefused(Map.Build(new ApiObject<DirectoryObject>(member, default), model.GroupMember));

    public static Relationship ToRelationship(DirectoryModel model, string groupKey, DirectoryObject member)
    {
        var metadata = KindOf(member) switch
        {
            MemberKind.User => model.GroupHasUser,
            MemberKind.Group => model.GroupHasGroup,
            _ => model.GroupHasMember,
        };
        return metadata.Create(groupKey, member.Id, new PropertyBag
        {
            ["groupId"] = groupKey,
            ["memberId"] = member.Id,
            ["memberType"] = member.ODataType,
        });
    }
}

internal enum MemberKind
{
    User,
    Group,
    Other,
}
