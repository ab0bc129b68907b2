using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.Authorization;

/// <summary><c>Microsoft.Authorization/roleAssignments</c> (api 2022-04-01).</summary>
internal sealed record RoleAssignment(string Id, string? Name, string? Type, RoleAssignmentProperties? Properties);

internal sealed record RoleAssignmentProperties(string? Scope, string? RoleDefinitionId, string? PrincipalId, string? PrincipalType,
    bool? CanDelegate, string? Description, string? Condition, DateTimeOffset? CreatedOn, DateTimeOffset? UpdatedOn, string? CreatedBy);

/// <summary><c>Microsoft.Authorization/roleDefinitions</c>.</summary>
internal sealed record RoleDefinition(string Id, string? Name, string? Type, RoleDefinitionProperties? Properties);

internal sealed record RoleDefinitionProperties(string? RoleName, string? Type, string? Description,
    IReadOnlyList<string>? AssignableScopes, IReadOnlyList<Permission>? Permissions);

internal sealed record Permission(IReadOnlyList<string>? Actions, IReadOnlyList<string>? NotActions,
    IReadOnlyList<string>? DataActions, IReadOnlyList<string>? NotDataActions);

/// <summary><c>Microsoft.Authorization/classicAdministrators</c> (api 2015-07-01).</summary>
internal sealed record ClassicAdministrator(string? Id, string? Name, string? Type, ClassicAdministratorProperties? Properties);

internal sealed record ClassicAdministratorProperties(string? EmailAddress, string? Role);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RoleAssignment))]
[JsonSerializable(typeof(RoleDefinition))]
[JsonSerializable(typeof(ClassicAdministrator))]
internal sealed partial class AzureAuthorizationJsonContext : JsonSerializerContext;
