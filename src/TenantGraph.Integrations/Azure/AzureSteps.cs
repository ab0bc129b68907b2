using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure.ActiveDirectory;
using TenantGraph.Integrations.Azure.ResourceManager.Resources;
using TenantGraph.Integrations.Azure.ResourceManager.Shared.Diagnostics;

namespace TenantGraph.Integrations.Azure;

/// <summary>
/// The Azure step list: each family's <c>All</c>, concatenated in the seed's order, then the last-phase steps
/// that must see every resource (role-assignment scopes, advisor, policy, diagnostic-setting storage links).
/// A last-phase step is built from the ids of every Resource Manager fetch step and depends on all of them.
/// </summary>
/// <remarks>
/// Adding a family: give it <c>public static IReadOnlyList&lt;StepDefinition&gt; All</c> (its steps, dependencies
/// first) and add it to <see cref="Fetch"/>. Its resources then take part in the last-phase steps without more
/// wiring, because those look entities up by key. Step ids starting with <c>ad-</c> are directory steps; every
/// other step is a Resource Manager step, disabled when no subscription is configured, and must not depend on
/// a directory step (azure-spec §1.4).
/// </remarks>
internal static class AzureSteps
{
    /// <summary>The fetch families, in seed order.</summary>
    public static IReadOnlyList<StepDefinition> Fetch { get; } =
    [
        .. ActiveDirectorySteps.All,
        .. ResourcesSteps.All,
        .. ResourceManager.KeyVault.KeyVaultSteps.All,
        .. ResourceManager.Network.NetworkSteps.All,
        .. ResourceManager.Compute.ComputeSteps.All,
        .. ResourceManager.Storage.StorageSteps.All,
        .. ResourceManager.Authorization.AuthorizationSteps.All,
        .. ResourceManager.Security.SecuritySteps.All,
        .. ResourceManager.Monitor.MonitorSteps.All,
        .. ResourceManager.CosmosDb.CosmosDbSteps.All,
        .. ResourceManager.MariaDb.MariaDbSteps.All,
        .. ResourceManager.MySql.MySqlSteps.All,
        .. ResourceManager.PostgreSql.PostgreSqlSteps.All,
        .. ResourceManager.Sql.SqlSteps.All,
        .. ResourceManager.ApiManagement.ApiManagementSteps.All,
        .. ResourceManager.Dns.DnsSteps.All,
        .. ResourceManager.PrivateDns.PrivateDnsSteps.All,
        .. ResourceManager.ContainerRegistry.ContainerRegistrySteps.All,
        .. ResourceManager.ServiceBus.ServiceBusSteps.All,
        .. ResourceManager.Cdn.CdnSteps.All,
        .. ResourceManager.Batch.BatchSteps.All,
        .. ResourceManager.Redis.RedisSteps.All,
        .. ResourceManager.ContainerInstances.ContainerInstancesSteps.All,
        .. ResourceManager.EventGrid.EventGridSteps.All,
    ];

    /// <summary>Builders of the steps that run after every Resource Manager fetch step.</summary>
    private static IReadOnlyList<Func<IReadOnlyList<string>, StepDefinition>> LastPhase { get; } =
    [
        ResourceManager.Authorization.AuthorizationSteps.RoleAssignmentScopeRelationships,
        ResourceManager.Advisor.AdvisorSteps.Recommendations,
        ResourceManager.Policy.PolicySteps.Assignments,
        DiagnosticSettingsSteps.StorageRelationships,
        ResourceManager.ContainerInstances.ContainerInstancesSteps.VolumeStorageRelationships,
    ];

    public static IReadOnlyList<StepDefinition> All { get; } = Build();

    /// <summary>Every Resource Manager step (all but the directory's).</summary>
    public static IReadOnlyList<string> ResourceManagerStepIds { get; } =
        [.. All.Select(s => s.Id).Where(IsResourceManager)];

    public static bool IsResourceManager(string stepId) => !stepId.StartsWith("ad-", StringComparison.Ordinal);

    private static IReadOnlyList<StepDefinition> Build()
    {
        var fetchIds = Fetch.Select(s => s.Id).Where(IsResourceManager).ToArray();
        return [.. Fetch, .. LastPhase.Select(build => build(fetchIds))];
    }
}
