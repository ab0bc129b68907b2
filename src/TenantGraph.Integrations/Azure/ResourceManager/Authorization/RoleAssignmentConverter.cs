using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Authorization;

/// <summary>
/// azure-spec §5.2 <c>azure_role_assignment</c>, with its definition's actions copied on (HEAD: the J1QL questions
/// read <c>dataActions</c> off the assignment), and its principal edge (§6.2).
/// </summary>
internal static class RoleAssignmentConverter
{
    private sealed record Input(RoleAssignment Assignment, Permission? Actions);

    private static readonly EntityMap<Input> Map = new(AuthorizationTypes.RoleAssignment)
    {
        Key = i => i.Assignment.Id,
        Properties =
        {
            ["id"] = i => i.Assignment.Id,
            ["name"] = i => i.Assignment.Name,
            ["displayName"] = i => i.Assignment.Name,
            ["type"] = i => i.Assignment.Type,
            ["scope"] = i => i.Assignment.Properties?.Scope,
            ["roleDefinitionId"] = i => i.Assignment.Properties?.RoleDefinitionId,
            ["principalId"] = i => i.Assignment.Properties?.PrincipalId,
            ["principalType"] = i => i.Assignment.Properties?.PrincipalType,
            ["canDelegate"] = i => i.Assignment.Properties?.CanDelegate,
            ["description"] = i => i.Assignment.Properties?.Description,
            ["condition"] = i => i.Assignment.Properties?.Condition,
            ["createdOn"] = i => i.Assignment.Properties?.CreatedOn,
            ["updatedOn"] = i => i.Assignment.Properties?.UpdatedOn,
            ["actions"] = i => i.Actions?.Actions,
            ["notActions"] = i => i.Actions?.NotActions,
            ["dataActions"] = i => i.Actions?.DataActions,
            ["notDataActions"] = i => i.Actions?.NotDataActions,
        },
    };

    public static Entity ToEntity(ApiObject<RoleAssignment> assignment, RoleDefinition? definition, PortalLinks links)
    {
        var entity = Map.Build(new ApiObject<Input>(
            new Input(assignment.Value, definition is null ? null : RoleDefinitionConverter.Actions(definition)), assignment.Raw));
        entity.Properties.Set("webLink", links.For(assignment.Value.Id));
        return entity;
    }

    /// <summary>The mapped ASSIGNED edge to the principal, by its type and object id; null without a principal id.</summary>
    public static Relationship? ToPrincipalRelationship(string assignmentKey, string? principalId, string? principalType)
    {
        if (string.IsNullOrEmpty(principalId))
        {
            return null;
        }

        var targetType = principalType is not null && AuthorizationTypes.PrincipalTypes.TryGetValue(principalType, out var type)
            ? type
            : AuthorizationTypes.UnknownPrincipalType;
        var metadata = AuthorizationTypes.RoleAssignmentAssignedMapped.First(m => m.TargetType == targetType);
        return metadata.Create(assignmentKey, new PropertyBag { ["_type"] = targetType, ["_key"] = principalId }, [["_type", "_key"]]);
    }
}
