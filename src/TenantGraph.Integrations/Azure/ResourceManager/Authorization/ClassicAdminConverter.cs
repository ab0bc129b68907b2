using TenantGraph.Core.Graph;
using TenantGraph.Integrations.Azure.ActiveDirectory;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Authorization;

/// <summary>azure-spec §5.2 and §6.5: one group for all classic administrators, linked to users by principal name.</summary>
internal static class ClassicAdminConverter
{
    public const string GroupKey = "azure_classic_admin_group";

    public static Entity ToGroupEntity() => new(GroupKey, AuthorizationTypes.ClassicAdminGroup.Type, AuthorizationTypes.ClassicAdminGroup.Classes,
        new PropertyBag
        {
            ["name"] = "Azure Classic Administrator",
            ["displayName"] = "Azure Classic Administrator",
        });

    /// <summary>Null for an administrator without an e-mail address (the reference's duplicate-key crash, PR #559).</summary>
    public static Relationship? ToRelationship(ClassicAdministrator administrator, PortalLinks links)
    {
        if (administrator.Properties?.EmailAddress is not { Length: > 0 } email)
        {
            return null;
        }

        return AuthorizationTypes.ClassicAdminGroupHasUserMapped.Create(GroupKey,
            new PropertyBag { ["_type"] = ActiveDirectoryTypes.User.Type, ["userPrincipalName"] = email },
            [["_type", "userPrincipalName"]],
            properties: new PropertyBag
            {
                ["id"] = administrator.Id,
                ["name"] = administrator.Name,
                ["type"] = administrator.Type,
                ["emailAddress"] = email,
                ["role"] = administrator.Properties.Role,
                ["webLink"] = links.For(administrator.Id),
            });
    }
}
