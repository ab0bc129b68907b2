using System.Text.Json.Serialization.Metadata;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Authorization;

/// <summary>Microsoft.Authorization at subscription scope; every page followed (the reference read one page of assignments and admins).</summary>
internal sealed class AuthorizationClient(StepContext context)
{
    private readonly AzureInstance _instance = context.Services.Get<AzureInstance>();

    public IAsyncEnumerable<ApiObject<RoleAssignment>> ListRoleAssignmentsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        List(subscriptionId, "roleAssignments", "2022-04-01", AzureAuthorizationJsonContext.Default.RoleAssignment, cancellationToken);

    public IAsyncEnumerable<ApiObject<RoleDefinition>> ListRoleDefinitionsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        List(subscriptionId, "roleDefinitions", "2022-04-01", AzureAuthorizationJsonContext.Default.RoleDefinition, cancellationToken);

    public IAsyncEnumerable<ApiObject<ClassicAdministrator>> ListClassicAdministratorsAsync(string subscriptionId, CancellationToken cancellationToken) =>
        List(subscriptionId, "classicAdministrators", "2015-07-01", AzureAuthorizationJsonContext.Default.ClassicAdministrator, cancellationToken);

    private IAsyncEnumerable<ApiObject<T>> List<T>(string subscriptionId, string type, string apiVersion, JsonTypeInfo<T> typeInfo,
        CancellationToken cancellationToken) =>
        ArmListing.ListAsync(context, _instance.Client,
            ArmListing.Request($"/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/{type}", apiVersion,
                $"Microsoft.Authorization/{type}/read"),
            typeInfo, cancellationToken);
}
