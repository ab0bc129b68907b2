using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Policy;

/// <summary>Policy assignments, linked from their scope when the scope was collected. A last-phase step.</summary>
internal static class PolicySteps
{
    public const string RmPolicyAssignments = "rm-policy-assignments";

    public static StepDefinition Assignments(IReadOnlyList<string> dependsOn) => new(
        Id: RmPolicyAssignments, Name: "Policy Assignments",
        Entities: [PolicyTypes.Assignment],
        Relationships: [PolicyTypes.ScopeHasAssignment],
        DependsOn: dependsOn,
        Permissions: ["Microsoft.Authorization/policyAssignments/read"],
        Handler: FetchAssignmentsAsync);

    private static async Task FetchAssignmentsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Get<AzureInstance>().Links;
        var client = new PolicyClient(context);
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase);
        await Subscriptions.ForEachAsync(context, async (subscriptionId, ct) =>
        {
            await foreach (var assignment in client.ListPolicyAssignmentsAsync(subscriptionId, ct))
            {
                // Management-group assignments are listed by every subscription under them.
                if (!seen.TryAdd(assignment.Value.Id, 0))
                {
                    continue;
                }

                var entity = PolicyAssignmentConverter.ToEntity(assignment, links);
                AzureEntities.Add(context, entity);
                if (assignment.Value.Properties?.Scope is { Length: > 0 } scope && context.JobState.FindEntity(scope) is { } target)
                {
                    context.JobState.AddRelationship(PolicyTypes.ScopeHasAssignment.Create(target.Key, entity.Key));
                }
            }
        }, cancellationToken);
    }
}
