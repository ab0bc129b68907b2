using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ActiveDirectory;

/// <summary>azure-spec §5.1 <c>azure_user_group</c>.</summary>
internal static class GroupConverter
{
    private static readonly EntityMap<DirectoryGroup> Map = new(ActiveDirectoryTypes.UserGroup)
    {
        Key = g => g.Id,
        Properties =
        {
            ["id"] = g => g.Id,
            ["name"] = g => g.DisplayName,
            ["displayName"] = g => g.DisplayName ?? g.Id,
            ["description"] = g => g.Description,
            ["mailEnabled"] = g => g.MailEnabled,
            ["mailNickname"] = g => g.MailNickname,
            ["securityEnabled"] = g => g.SecurityEnabled,
            ["groupTypes"] = g => g.GroupTypes,
            ["visibility"] = g => g.Visibility,
            ["classification"] = g => g.Classification,
            ["email"] = g => g.Mail,
            ["createdOn"] = g => g.CreatedDateTime,
            ["deletedOn"] = g => g.DeletedDateTime,
            ["renewedOn"] = g => g.RenewedDateTime,
        },
    };

    public static Entity ToEntity(ApiObject<DirectoryGroup> group) => Map.Build(group);
}
