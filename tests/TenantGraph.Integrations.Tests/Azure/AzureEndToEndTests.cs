using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Tests.Azure.Support;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure;

/// <summary>The whole integration against the hand-written Contoso estate.</summary>
public sealed class AzureEndToEndTests(ContosoRun contoso) : IClassFixture<ContosoRun>
{
    private static readonly string[] PartOneEntityTypes =
    [
        "azure_account", "azure_user", "azure_user_group", "azure_group_member", "azure_service_principal", "azure_subscription",
        "azure_resource_group", "azure_role_assignment", "azure_role_definition", "azure_classic_admin_group", "azure_keyvault_service",
        "azure_vnet", "azure_subnet", "azure_security_group", "azure_nic", "azure_public_ip", "azure_lb", "azure_vm", "azure_managed_disk",
        "azure_image", "azure_storage_account", "azure_storage_container", "azure_storage_file_share", "azure_storage_queue",
        "azure_storage_table", "azure_policy_assignment", "azure_security_assessment", "azure_security_center_contact",
        "azure_advisor_recommendation", "azure_monitor_log_profile", "azure_diagnostic_log_setting", "azure_diagnostic_metric_setting",
    ];

    private Task<IntegrationRun> RunContosoAsync(CancellationToken cancellationToken) => contoso.ResultAsync(cancellationToken);

    [Fact]
    public async Task Every_part_one_entity_type_is_collected_and_no_step_fails()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        var failed = result.Run.Steps.Where(s => s.Status is not StepStatus.Success).Select(s => $"{s.Id}: {s.Error}").ToArray();
        Assert.True(failed.Length == 0, string.Join("\n", failed));
        var missing = PartOneEntityTypes.Where(t => result.EntitiesOf(t).Count == 0).ToArray();
        Assert.True(missing.Length == 0, "not collected: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_seed_relationship_among_part_one_types_is_produced()
    {
        var result = await RunContosoAsync(Timeouts.Token());
        var produced = result.Relationships.Select(r => r.Type).ToHashSet(StringComparer.Ordinal);

        string[] expected =
        [
            "azure_account_has_group", "azure_account_has_keyvault_service", "azure_account_has_user", "azure_classic_admin_group_has_user",
            "azure_diagnostic_log_setting_uses_storage_account", "azure_diagnostic_metric_setting_uses_storage_account",
            "azure_group_has_group", "azure_group_has_member", "azure_group_has_user", "azure_lb_connects_nic",
            "azure_monitor_log_profile_uses_storage_account", "azure_resource_group_has_image", "azure_resource_group_has_keyvault_service",
            "azure_resource_group_has_lb", "azure_resource_group_has_managed_disk", "azure_resource_group_has_nic",
            "azure_resource_group_has_public_ip", "azure_resource_group_has_security_group", "azure_resource_group_has_storage_account",
            "azure_resource_group_has_vm", "azure_resource_group_has_vnet", "azure_resource_has_diagnostic_log_setting",
            "azure_resource_has_diagnostic_metric_setting", "azure_resource_has_finding", "azure_resource_has_policy_assignment",
            "azure_assessment_identified_recommendation", "azure_role_assignment_allows_keyvault_service", "azure_role_assignment_allows_resource_group",
            "azure_role_assignment_allows_security_group", "azure_role_assignment_allows_storage_account", "azure_role_assignment_allows_subscription",
            "azure_role_assignment_assigned_user", "azure_role_assignment_assigned_service_principal", "azure_role_assignment_assigned_msi",
            "azure_role_assignment_assigned_user_group", "azure_role_assignment_assigned_foreign_group",
            "azure_role_assignment_assigned_unknown_principal_type", "azure_role_assignment_uses_definition", "azure_security_group_protects_nic",
            "azure_security_group_protects_subnet", "azure_security_group_rule", "azure_storage_account_has_container",
            "azure_storage_account_has_file_share", "azure_storage_account_has_queue", "azure_storage_account_has_table",
            "azure_storage_account_uses_keyvault_service", "azure_subnet_has_vm", "azure_subscription_has_monitor_log_profile",
            "azure_subscription_has_resource_group", "azure_subscription_has_security_center_contact",
            "azure_subscription_performed_security_assessment", "azure_vm_uses_managed_disk", "azure_vm_uses_nic", "azure_vm_uses_public_ip",
            "azure_vnet_contains_subnet",
        ];
        var missing = expected.Where(t => !produced.Contains(t)).ToArray();
        Assert.True(missing.Length == 0, "not produced: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Resource_in_a_differently_cased_group_still_hangs_off_its_group()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        var edge = Assert.Single(result.RelationshipsOf("azure_resource_group_has_nic"));
        Assert.Equal($"/subscriptions/{Contoso.Subscription}/resourceGroups/rg-net", edge.FromKey);
        Assert.Equal($"/subscriptions/{Contoso.Subscription}/resourcegroups/RG-NET/providers/Microsoft.Network/networkInterfaces/nic1", edge.ToKey);
    }

    [Fact]
    public async Task Disk_named_in_another_case_is_still_used_by_its_vm()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        var uses = result.RelationshipsOf("azure_vm_uses_managed_disk");
        Assert.Equal(2, uses.Count);
        Assert.Contains(uses, r => r.ToKey!.EndsWith("/disks/VM1-DATA", StringComparison.Ordinal) && r.Properties["dataDisk"] is true);
        Assert.Contains(uses, r => r.ToKey!.EndsWith("/disks/vm1-os", StringComparison.Ordinal) && r.Properties["osDisk"] is true);
    }

    [Fact]
    public async Task Unallocated_public_ip_is_left_out_because_an_IpAddress_needs_an_address()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        var ip = Assert.Single(result.EntitiesOf("azure_public_ip"));
        Assert.Equal("20.1.2.3", ip.Properties["ipAddress"]);
        Assert.Equal(true, ip.Properties["public"]);
    }

    [Fact]
    public async Task Interface_carries_the_addresses_of_its_public_ips()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        var nic = Assert.Single(result.EntitiesOf("azure_nic"));
        Assert.Equal(new[] { "20.1.2.3" }, nic.Properties["publicIp"]);
        Assert.Equal(new[] { "10.0.1.4", "10.0.1.5" }, nic.Properties["privateIp"]);
    }

    [Fact]
    public async Task Vm_joins_its_subnet_once_whatever_the_number_of_ip_configurations()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        var subnetEdge = Assert.Single(result.RelationshipsOf("azure_subnet_has_vm"));
        Assert.Equal(Contoso.Subnet1, subnetEdge.FromKey);
        Assert.Equal("vm-guid-1", Assert.Single(result.RelationshipsOf("azure_vm_uses_nic")).Properties["vmId"]);
        Assert.Single(result.RelationshipsOf("azure_lb_connects_nic"));
    }

    [Fact]
    public async Task Role_assignments_reach_every_principal_type_by_mapped_relationships()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        var assigned = result.Relationships.Where(r => r.Class == RelationshipClass.Assigned).ToArray();
        Assert.All(assigned, r => Assert.NotNull(r.Mapping));
        Assert.Equal(
            ["azure_foreign_group", "azure_msi", "azure_service_principal", "azure_unknown_principal_type", "azure_user", "azure_user_group"],
            assigned.Select(r => r.Mapping!.TargetEntity.GetString("_type") ?? "").Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(assigned, r => r.Mapping!.TargetEntity.GetString("_key") == Contoso.UserId);
    }

    [Fact]
    public async Task Role_assignment_allows_only_collected_scopes_of_the_seed_scope_types()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        var allows = result.Relationships.Where(r => r.Type.StartsWith("azure_role_assignment_allows_", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
            ["azure_role_assignment_allows_keyvault_service", "azure_role_assignment_allows_resource_group", "azure_role_assignment_allows_security_group",
                "azure_role_assignment_allows_storage_account", "azure_role_assignment_allows_subscription"],
            allows.Select(r => r.Type).Order(StringComparer.Ordinal).ToArray());
        // The group scope is written RG-NET; the edge points at the group as stored.
        Assert.Contains(allows, r => r.ToKey == $"/subscriptions/{Contoso.Subscription}/resourceGroups/rg-net");
    }

    [Fact]
    public async Task Role_assignment_carries_its_definition_actions()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        var assignment = result.EntitiesOf("azure_role_assignment").Single(e => e.Properties["name"] is "ra-group");
        Assert.Equal(new[] { "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read" }, assignment.Properties["dataActions"]);
        Assert.Equal(6, result.RelationshipsOf("azure_role_assignment_uses_definition").Count);
    }

    [Fact]
    public async Task Classic_administrators_map_to_users_by_principal_name_and_skip_empty_addresses()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        Assert.Single(result.EntitiesOf("azure_classic_admin_group"));
        var edge = Assert.Single(result.RelationshipsOf("azure_classic_admin_group_has_user"));
        Assert.Equal("azure_classic_admin_group|has|FORWARD:_type=azure_user:userPrincipalName=ada@contoso.com", edge.Key);
    }

    [Fact]
    public async Task Diagnostic_settings_become_one_entity_per_log_and_metric_linked_to_their_storage_account()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        var metric = Assert.Single(result.EntitiesOf("azure_diagnostic_metric_setting"));
        Assert.Equal(
            $"/subscriptions/{Contoso.Subscription}/resourcegroups/rg-data/providers/microsoft.keyvault/vaults/kv1/providers/microsoft.insights/diagnosticSettings/kv1-diag/metrics/AllMetrics/true/undefined/0/false",
            metric.Key);
        Assert.Equal(Contoso.VaultId, Assert.Single(result.RelationshipsOf("azure_resource_has_diagnostic_metric_setting")).FromKey);
        Assert.Equal(Contoso.StorageId, Assert.Single(result.RelationshipsOf("azure_diagnostic_log_setting_uses_storage_account")).ToKey);
    }

    [Fact]
    public async Task Storage_services_take_their_own_encryption_flags()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        Assert.Equal(true, result.EntitiesOf("azure_storage_container").Single(c => c.Properties["name"] is "public-assets").Properties["public"]);
        Assert.Equal(false, Assert.Single(result.EntitiesOf("azure_storage_file_share")).Properties["encrypted"]);
        Assert.Equal("cmk", Assert.Single(result.RelationshipsOf("azure_storage_account_uses_keyvault_service")).Properties["keyName"]);
    }

    [Fact]
    public async Task BlobStorage_account_is_not_asked_for_queues_or_tables()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        Assert.All(result.EntitiesOf("azure_storage_queue").Concat(result.EntitiesOf("azure_storage_table")),
            e => Assert.Contains("/storageAccounts/sa1/", e.Key, StringComparison.Ordinal));
        Assert.Equal(2, result.EntitiesOf("azure_storage_container").Count);
    }

    [Fact]
    public async Task Recommendation_hangs_off_its_resource_and_its_assessment()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        Assert.Equal(Contoso.VmId, Assert.Single(result.RelationshipsOf("azure_resource_has_finding")).FromKey);
        Assert.Equal(Contoso.AssessmentId, Assert.Single(result.RelationshipsOf("azure_assessment_identified_recommendation")).FromKey);
        var recommendation = Assert.Single(result.EntitiesOf("azure_advisor_recommendation"));
        Assert.Equal(10L, recommendation.Properties["numericSeverity"]);
        Assert.Equal(7.5, recommendation.Properties["score"]);
    }

    [Fact]
    public async Task Policy_assignment_hangs_off_its_subscription_with_primitive_parameters()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        Assert.Equal($"/subscriptions/{Contoso.Subscription}", Assert.Single(result.RelationshipsOf("azure_resource_has_policy_assignment")).FromKey);
        var assignment = Assert.Single(result.EntitiesOf("azure_policy_assignment"));
        Assert.Equal("costCenter", assignment.Properties["parameters.tagName"]);
        Assert.False(assignment.Properties.Contains("parameters.effects"));
    }

    [Fact]
    public async Task Group_members_that_are_neither_users_nor_groups_become_group_member_entities()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        var member = Assert.Single(result.EntitiesOf("azure_group_member"));
        Assert.Equal("#microsoft.graph.device", member.Properties["memberType"]);
        Assert.Single(result.RelationshipsOf("azure_group_has_user"));
        Assert.Single(result.RelationshipsOf("azure_group_has_group"));
    }

    [Fact]
    public async Task Tags_become_tag_properties_and_environment_is_copied_lower_cased()
    {
        var result = await RunContosoAsync(Timeouts.Token());

        var vault = Assert.Single(result.EntitiesOf("azure_keyvault_service"));
        Assert.Equal("Prod", vault.Properties["tag.environment"]);
        Assert.Equal("prod", vault.Properties["environment"]);
        Assert.Equal("eastus 2", vault.Properties["region"]);
        Assert.Equal(42L, Assert.Single(result.EntitiesOf("azure_subscription")).Properties["tag.costCenter"]);
    }
}
