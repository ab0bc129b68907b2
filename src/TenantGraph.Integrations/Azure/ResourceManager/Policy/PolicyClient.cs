using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Policy;

internal sealed class PolicyClient(StepContext context)
{
    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<PolicyAssignment>> ListPolicyAssignmentsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/policyAssignments", "2022-06-01",
                "Microsoft.Authorization/policyAssignments/read"),
            AzurePolicyJsonContext.Default.PolicyAssignment, cancellationToken);
}
