using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Tests.Azure.ResourceManager;
using TenantGraph.Integrations.Tests.Azure.Support;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure;

/// <summary>
/// The part-1 families against the recorded reference fixtures (testdata/tenants/azure): real payloads, every
/// entity validated against the data model on the way in, every edge checked against its step's metadata.
/// </summary>
public sealed class AzureRecordedTests
{
    private static async Task<IntegrationRun> RunAsync(RecordedArm arm, params string[] steps)
    {
        await using var cloud = await arm.StartAsync();
        var result = await IntegrationHarness.RunAsync(new AzureIntegration(), cloud, Timeouts.Token(), RecordedArm.Settings, steps);
        var failed = result.Run.Steps.Where(s => s.Status is not (StepStatus.Success or StepStatus.Disabled)).Select(s => $"{s.Id}: {s.Error}").ToArray();
        Assert.True(failed.Length == 0, string.Join("\n", failed));
        return result;
    }

    [Fact]
    public async Task Recorded_network_yields_valid_entities_and_rule_edges_from_the_default_rules()
    {
        var arm = new RecordedArm()
            .Add("*/providers/Microsoft.Network/publicIPAddresses")
            .Add("*/providers/Microsoft.Network/networkInterfaces")
            .Add("*/providers/Microsoft.Network/networkSecurityGroups")
            .Add("*/providers/Microsoft.Network/virtualNetworks")
            .Add("*/providers/Microsoft.Network/loadBalancers");

        var result = await RunAsync(arm, "rm-network-security-group-rules", "rm-network-load-balancers");

        Assert.NotEmpty(result.EntitiesOf("azure_security_group"));
        Assert.NotEmpty(result.EntitiesOf("azure_subnet"));
        Assert.NotEmpty(result.EntitiesOf("azure_nic"));
        Assert.NotEmpty(result.EntitiesOf("azure_lb"));
        var rules = result.RelationshipsOf("azure_security_group_rule");
        Assert.Contains(rules, r => r.Mapping?.TargetEntity.GetString("_type") == "azure_virtual_network");
        Assert.Contains(rules, r => r.Mapping?.TargetEntity.GetString("_key") == "global:internet");
    }

    [Fact]
    public async Task Recorded_compute_yields_vms_that_use_their_disks()
    {
        var arm = new RecordedArm()
            .Add("*/providers/Microsoft.Compute/virtualMachines")
            .Add("*/providers/Microsoft.Compute/disks")
            .Add("*/providers/Microsoft.Compute/images");

        var result = await RunAsync(arm, "rm-compute-virtual-machines", "rm-compute-virtual-machine-images");

        Assert.NotEmpty(result.EntitiesOf("azure_vm"));
        Assert.NotEmpty(result.EntitiesOf("azure_managed_disk"));
        Assert.NotEmpty(result.RelationshipsOf("azure_vm_uses_managed_disk"));
    }

    [Fact]
    public async Task Recorded_authorization_yields_assignments_with_definitions_and_principals()
    {
        var arm = new RecordedArm()
            .Add("subscription-id/providers/Microsoft.Authorization/roleDefinitions")
            .Add("subscription-id/providers/Microsoft.Authorization/roleAssignments")
            .Add("subscription-id/providers/Microsoft.Authorization/classicAdministrators");

        var result = await RunAsync(arm, "rm-authorization-role-assignment-principal-relationships", "rm-authorization-classic-administrators");

        Assert.NotEmpty(result.EntitiesOf("azure_role_assignment"));
        Assert.NotEmpty(result.RelationshipsOf("azure_role_assignment_uses_definition"));
        Assert.Contains(result.Relationships, r => r.Type.StartsWith("azure_role_assignment_assigned_", StringComparison.Ordinal));
        Assert.NotEmpty(result.RelationshipsOf("azure_classic_admin_group_has_user"));
    }

    [Fact]
    public async Task Recorded_storage_security_monitor_advisor_and_policy_collect_without_failures()
    {
        var arm = new RecordedArm()
            .Add("subscription-id/providers/Microsoft.Storage/storageAccounts")
            .Add("*/providers/Microsoft.Security/assessments")
            .Add("*/providers/Microsoft.Security/securityContacts")
            .Add("*/providers/microsoft.insights/logprofiles")
            .Add("*/providers/Microsoft.Advisor/recommendations")
            .Add("*/providers/Microsoft.Authorization/policyAssignments");

        var result = await RunAsync(arm, "rm-storage-resources", "rm-security-assessments", "rm-security-center-contacts",
            "rm-monitor-log-profiles", "rm-advisor-recommendations", "rm-policy-assignments");

        Assert.NotEmpty(result.EntitiesOf("azure_storage_account"));
        Assert.NotEmpty(result.EntitiesOf("azure_security_assessment"));
        Assert.NotEmpty(result.EntitiesOf("azure_security_center_contact"));
        Assert.NotEmpty(result.EntitiesOf("azure_monitor_log_profile"));
        Assert.NotEmpty(result.EntitiesOf("azure_advisor_recommendation"));
        Assert.NotEmpty(result.EntitiesOf("azure_policy_assignment"));
    }

    [Fact]
    public async Task Recorded_directory_yields_users_groups_members_and_service_principals()
    {
        await using var cloud = await Cloud.StartAsync(Cloud.Recorded("azure"));

        var result = await IntegrationHarness.RunAsync(new AzureIntegration(), cloud, Timeouts.Token(), AzureTenant.Settings(ingestActiveDirectory: true), "ad-group-members");

        Assert.DoesNotContain(result.Run.Steps, s => s.Status is not StepStatus.Success);
        Assert.NotEmpty(result.EntitiesOf("azure_user"));
        Assert.NotEmpty(result.EntitiesOf("azure_user_group"));
        Assert.NotEmpty(result.EntitiesOf("azure_service_principal"));
        Assert.Single(result.EntitiesOf("azure_account"));
    }
}
