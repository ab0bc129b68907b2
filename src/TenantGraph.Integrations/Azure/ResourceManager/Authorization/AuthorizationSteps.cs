using System.Collections.Concurrent;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Authorization;

/// <summary>
/// Role definitions, role assignments and their principal and scope edges, classic administrators. None depends
/// on a directory step: principals are reached by mapped relationships (azure-spec §1.4, §6.2).
/// </summary>
internal static class AuthorizationSteps
{
    public const string RmAuthorizationRoleDefinitions = "rm-authorization-role-definitions";
    public const string RmAuthorizationRoleAssignments = "rm-authorization-role-assignments";
    public const string RmAuthorizationRoleAssignmentPrincipalRelationships = "rm-authorization-role-assignment-principal-relationships";
    public const string RmAuthorizationRoleAssignmentScopeRelationships = "rm-authorization-role-assignment-scope-relationships";
    public const string RmAuthorizationClassicAdministrators = "rm-authorization-classic-administrators";

    private static readonly DataKey<ConcurrentDictionary<string, RoleDefinition>> Definitions = new("azure.authorization.role-definitions");

    /// <summary>Every definition of each subscription (HEAD), not only the referenced ones fetched one by one (SEED).</summary>
    public static readonly StepDefinition RoleDefinitions = new(
        Id: RmAuthorizationRoleDefinitions, Name: "Role Definitions",
        Entities: [AuthorizationTypes.RoleDefinition],
        Relationships: [],
        DependsOn: [ResourcesSteps.RmSubscriptions],
        Permissions: ["Microsoft.Authorization/roleDefinitions/read"],
        Handler: FetchRoleDefinitionsAsync);

    public static readonly StepDefinition RoleAssignments = new(
        Id: RmAuthorizationRoleAssignments, Name: "Role Assignments",
        Entities: [AuthorizationTypes.RoleAssignment],
        Relationships: [AuthorizationTypes.RoleAssignmentUsesDefinition],
        DependsOn: [RmAuthorizationRoleDefinitions],
        Permissions: ["Microsoft.Authorization/roleAssignments/read"],
        Handler: FetchRoleAssignmentsAsync);

    public static readonly StepDefinition RoleAssignmentPrincipalRelationships = new(
        Id: RmAuthorizationRoleAssignmentPrincipalRelationships, Name: "Role Assignment to Principal Relationships",
        Entities: [],
        Relationships: AuthorizationTypes.RoleAssignmentAssigned,
        DependsOn: [RmAuthorizationRoleAssignments],
        MappedRelationships: AuthorizationTypes.RoleAssignmentAssignedMapped,
        Handler: BuildPrincipalRelationshipsAsync);

    public static readonly StepDefinition ClassicAdministrators = new(
        Id: RmAuthorizationClassicAdministrators, Name: "Classic Administrators",
        Entities: [AuthorizationTypes.ClassicAdminGroup],
        Relationships: [AuthorizationTypes.ClassicAdminGroupHasUser],
        DependsOn: [ResourcesSteps.RmSubscriptions],
        Permissions: ["Microsoft.Authorization/classicAdministrators/read"],
        MappedRelationships: [AuthorizationTypes.ClassicAdminGroupHasUserMapped],
        Handler: FetchClassicAdministratorsAsync);

    public static IReadOnlyList<StepDefinition> All { get; } =
        [RoleDefinitions, RoleAssignments, RoleAssignmentPrincipalRelationships, ClassicAdministrators];

    /// <summary>
    /// <c>azure_role_assignment ALLOWS</c> its scope when the scope is a collected entity of one of the seed's 13
    /// scope types (found case-insensitively); other scopes are logged (azure-spec §6.3). A last-phase step: it
    /// depends on every fetch step, so part-2 families' scopes are found too.
    /// </summary>
    public static StepDefinition RoleAssignmentScopeRelationships(IReadOnlyList<string> dependsOn) => new(
        Id: RmAuthorizationRoleAssignmentScopeRelationships, Name: "Role Assignment to Scope Relationships",
        Entities: [],
        Relationships: AuthorizationTypes.RoleAssignmentAllows,
        DependsOn: dependsOn,
        Handler: BuildScopeRelationshipsAsync);

    private static async Task FetchRoleDefinitionsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var index = new ConcurrentDictionary<string, RoleDefinition>(StringComparer.OrdinalIgnoreCase);
        context.JobState.SetData(Definitions, index);
        var client = new AuthorizationClient(context);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var definition in client.ListRoleDefinitionsAsync(subscriptionId, ct))
            {
                if (!index.TryAdd(definition.Value.Id, definition.Value))
                {
                    continue;
                }

                AzureEntities.Add(context, RoleDefinitionConverter.ToEntity(definition, links));
            }
        }, cancellationToken);
    }

    private static async Task FetchRoleAssignmentsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var definitions = context.JobState.TryGetData(Definitions, out var index) ? index : new();
        var client = new AuthorizationClient(context);
        var seen = new ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var assignment in client.ListRoleAssignmentsAsync(subscriptionId, ct))
            {
                // Management-group and root assignments appear in every subscription's listing: keep them once.
                if (!seen.TryAdd(assignment.Value.Id, 0))
                {
                    continue;
                }

                var definitionId = assignment.Value.Properties?.RoleDefinitionId;
                var definition = definitionId is null ? null : definitions.GetValueOrDefault(definitionId);
                var entity = RoleAssignmentConverter.ToEntity(assignment, definition, links);
                AzureEntities.Add(context, entity);
                if (definition is not null)
                {
                    context.JobState.AddRelationship(AuthorizationTypes.RoleAssignmentUsesDefinition.Create(entity.Key, definition.Id));
                }
                else if (definitionId is not null)
                {
                    AzureLog.ReferenceNotCollected(context.Logger, context.StepId, $"role assignment {entity.Key}", definitionId);
                }
            }
        }, cancellationToken);
    }

    private static Task BuildPrincipalRelationshipsAsync(StepContext context, CancellationToken cancellationToken)
    {
        foreach (var assignment in context.JobState.IterateEntities(AuthorizationTypes.RoleAssignment.Type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relationship = RoleAssignmentConverter.ToPrincipalRelationship(assignment.Key,
                assignment.Properties.GetString("principalId"), assignment.Properties.GetString("principalType"));
            if (relationship is not null && !context.JobState.HasKey(relationship.Key))
            {
                context.JobState.AddRelationship(relationship);
            }
        }

        return Task.CompletedTask;
    }

    private static Task BuildScopeRelationshipsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var byType = AuthorizationTypes.RoleAssignmentAllows.ToDictionary(r => r.TargetType, StringComparer.Ordinal);
        foreach (var assignment in context.JobState.IterateEntities(AuthorizationTypes.RoleAssignment.Type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (assignment.Properties.GetString("scope") is not { Length: > 0 } scope)
            {
                continue;
            }

            if (context.JobState.FindEntity(scope) is not { } target || !byType.TryGetValue(target.Type, out var metadata))
            {
                AzureLog.ScopeNotCollected(context.Logger, context.StepId, scope);
                continue;
            }

            var relationship = metadata.Create(assignment.Key, target.Key);
            if (!context.JobState.HasKey(relationship.Key))
            {
                context.JobState.AddRelationship(relationship);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task FetchClassicAdministratorsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        // The group exists even with no administrators (azure-spec §5.2).
        AzureEntities.Add(context, ClassicAdminConverter.ToGroupEntity());
        var client = new AuthorizationClient(context);
        var seen = new ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var administrator in client.ListClassicAdministratorsAsync(subscriptionId, ct))
            {
                // The same administrator is listed by each of their subscriptions: one edge per e-mail address.
                if (ClassicAdminConverter.ToRelationship(administrator.Value, links) is { } relationship && seen.TryAdd(relationship.Key, 0))
                {
                    context.JobState.AddRelationship(relationship);
                }
            }
        }, cancellationToken);
    }
}
