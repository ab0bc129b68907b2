using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ActiveDirectory;

namespace TenantGraph.Integrations.Azure.ResourceManager.Authorization;

internal static class AuthorizationTypes
{
    public static readonly EntityMetadata RoleAssignment = new("[RM] Role Assignment", "azure_role_assignment", ["AccessPolicy"]);
    public static readonly EntityMetadata RoleDefinition = new("[RM] Role Definition", "azure_role_definition", ["AccessRole"]);
    public static readonly EntityMetadata ClassicAdminGroup = new("[RM] Classic Admin", "azure_classic_admin_group", ["UserGroup"]);

    public static readonly RelationshipMetadata RoleAssignmentUsesDefinition =
        RelationshipMetadata.Direct(RoleAssignment, RelationshipClass.Uses, RoleDefinition);

    /// <summary>The seed declares <c>azure_classic_admin_group HAS azure_user</c>; it is emitted mapped (by user principal name).</summary>
    public static readonly RelationshipMetadata ClassicAdminGroupHasUser =
        RelationshipMetadata.Direct(ClassicAdminGroup, RelationshipClass.Has, ActiveDirectoryTypes.User, "azure_classic_admin_group_has_user");

    public static readonly MappedRelationshipMetadata ClassicAdminGroupHasUserMapped = MappedRelationshipMetadata.Create(
        ClassicAdminGroup.Type, RelationshipClass.Has, ActiveDirectoryTypes.User.Type, RelationshipDirection.Forward,
        ClassicAdminGroupHasUser.Type);

    /// <summary>
    /// <c>principalType</c> → the principal's <c>_type</c> (azure-spec §6.2). Only users, groups and service
    /// principals are entities of this integration; the others exist as mapped targets.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> PrincipalTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Application"] = "azure_application",
        ["DirectoryObjectOrGroup"] = "azure_directory",
        ["DirectoryRoleTemplate"] = "azure_directory_role_template",
        ["Everyone"] = "azure_everyone",
        ["ForeignGroup"] = "azure_foreign_group",
        ["Group"] = ActiveDirectoryTypes.UserGroup.Type,
        ["MSI"] = "azure_msi",
        ["ServicePrincipal"] = ActiveDirectoryTypes.ServicePrincipal.Type,
        ["Unknown"] = "azure_unknown",
        ["User"] = ActiveDirectoryTypes.User.Type,
    };

    public const string UnknownPrincipalType = "azure_unknown_principal_type";

    /// <summary>The seed's <c>ASSIGNED</c> rows, one per principal type.</summary>
    public static readonly IReadOnlyList<RelationshipMetadata> RoleAssignmentAssigned =
        [.. PrincipalTypes.Values.Append(UnknownPrincipalType).Distinct().Select(t => RelationshipMetadata.Direct(RoleAssignment.Type, RelationshipClass.Assigned, t))];

    /// <summary>
    /// What is emitted for those rows: mapped relationships to the principal by <c>_type</c> and <c>_key</c>, so they
    /// hold whether or not the directory is read in the same run (HEAD behaviour since 5.25.1, azure-spec §6.2).
    /// They carry the declared rows' <c>_type</c>.
    /// </summary>
    public static readonly IReadOnlyList<MappedRelationshipMetadata> RoleAssignmentAssignedMapped =
        [.. RoleAssignmentAssigned.Select(r => MappedRelationshipMetadata.Create(r.SourceType, r.Class, r.TargetType, RelationshipDirection.Forward, r.Type))];

    /// <summary>The seed's 13 scope types of <c>azure_role_assignment ALLOWS</c> (azure-spec §6.3); part of them belong to other families.</summary>
    public static readonly IReadOnlyList<string> ScopeTypes =
    [
        "azure_api_management_service", "azure_container_registry", "azure_cosmosdb_account", "azure_dns_zone",
        "azure_keyvault_service", "azure_nic", "azure_private_dns_zone", "azure_public_ip", "azure_resource_group",
        "azure_security_group", "azure_storage_account", "azure_subscription", "azure_vnet",
    ];

    public static readonly IReadOnlyList<RelationshipMetadata> RoleAssignmentAllows =
        [.. ScopeTypes.Select(t => RelationshipMetadata.Direct(RoleAssignment.Type, RelationshipClass.Allows, t))];
}
