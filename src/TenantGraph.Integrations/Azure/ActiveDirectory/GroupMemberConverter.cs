using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Azure.ActiveDirectory;

/// <summary>
/// Group membership (azure-spec §6.4). Users and groups of the directory get a direct edge to their entity;
/// any other member (device, contact, service principal) becomes an <c>azure_group_member</c> entity of its own,
/// so the seed's <c>azure_user_group HAS azure_group_member</c> points at something real, with the reference's
/// target properties (<c>displayName</c>, <c>jobTitle</c>, <c>email</c>) and relationship properties
/// (<c>groupId</c>, <c>memberId</c>, <c>memberType</c>).
/// </summary>
internal static class GroupMemberConverter
{
    public const string UserODataType = "#microsoft.graph.user";
    public const string GroupODataType = "#microsoft.graph.group";

    public static Entity ToMemberEntity(DirectoryObject member) => new(
        member.Id, ActiveDirectoryTypes.GroupMember.Type, ActiveDirectoryTypes.GroupMember.Classes,
        new PropertyBag
        {
            ["id"] = member.Id,
            ["name"] = member.DisplayName ?? member.Id,
            ["displayName"] = member.DisplayName ?? member.Id,
            ["jobTitle"] = member.JobTitle,
            ["memberType"] = member.ODataType,
            ["email"] = member.Mail is { Length: > 0 } mail ? new[] { mail } : null,
            ["firstName"] = null,
            ["lastName"] = null,
            ["username"] = null,
            ["shortLoginId"] = null,
        });

    public static Relationship ToRelationship(string groupId, DirectoryObject member)
    {
        var metadata = member.ODataType switch
        {
            UserODataType => ActiveDirectoryTypes.GroupHasUser,
            GroupODataType => ActiveDirectoryTypes.GroupHasGroup,
            _ => ActiveDirectoryTypes.GroupHasMember,
        };
        return metadata.Create(groupId, member.Id, new PropertyBag
        {
            ["groupId"] = groupId,
            ["memberId"] = member.Id,
            ["memberType"] = member.ODataType,
        });
    }
}
