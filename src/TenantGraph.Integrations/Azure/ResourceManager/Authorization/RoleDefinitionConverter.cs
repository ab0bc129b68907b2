using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Authorization;

/// <summary>azure-spec §5.2 <c>azure_role_definition</c>: actions concatenated over every permission block.</summary>
internal static class RoleDefinitionConverter
{
    private static readonly EntityMap<RoleDefinition> Map = new(AuthorizationTypes.RoleDefinition)
    {
        Key = d => d.Id,
        CopySourceProperties = false,
        Properties =
        {
            ["id"] = d => d.Id,
            ["name"] = d => d.Name,
            ["displayName"] = d => d.Properties?.RoleName ?? d.Name,
            ["type"] = d => d.Type,
            ["roleName"] = d => d.Properties?.RoleName,
            ["roleType"] = d => d.Properties?.Type,
            ["description"] = d => d.Properties?.Description,
            ["assignableScopes"] = d => d.Properties?.AssignableScopes,
            ["actions"] = d => Actions(d).Actions,
            ["notActions"] = d => Actions(d).NotActions,
            ["dataActions"] = d => Actions(d).DataActions,
            ["notDataActions"] = d => Actions(d).NotDataActions,
            ["systemRole"] = d => string.Equals(d.Properties?.Type, "BuiltInRole", StringComparison.OrdinalIgnoreCase),
        },
    };

    public static Entity ToEntity(ApiObject<RoleDefinition> definition, PortalLinks links)
    {
        var entity = Map.Build(definition);
        entity.Properties.Set("webLink", links.For(definition.Value.Id));
        return entity;
    }

    public static Permission Actions(RoleDefinition definition)
    {
        var permissions = definition.Properties?.Permissions ?? [];
        return new Permission(
            [.. permissions.SelectMany(p => p.Actions ?? [])],
            [.. permissions.SelectMany(p => p.NotActions ?? [])],
            [.. permissions.SelectMany(p => p.DataActions ?? [])],
            [.. permissions.SelectMany(p => p.NotDataActions ?? [])]);
    }
}
