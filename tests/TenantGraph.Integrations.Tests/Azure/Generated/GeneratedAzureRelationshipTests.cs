using System.Text.Json.Nodes;
using TenantGraph.Core.Graph;
using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.Generated;

/// <summary>
/// The seed's relationships among the generated Azure types: every declared one is produced, children hang off the
/// parent whose id they extend, and each cross link joins exactly the ends the generated JSON names.
/// </summary>
[Collection(GeneratedAzureCollection.Name)]
public sealed class GeneratedAzureRelationshipTests(GeneratedAzureRun run)
{
    /// <summary>Principal kinds a generated tenant has no assignment to (it assigns roles to users, groups and its own app).</summary>
    private static readonly string[] PrincipalKindsNotGenerated =
    [
        "azure_role_assignment_assigned_application", "azure_role_assignment_assigned_directory", "azure_role_assignment_assigned_directory_role_template",
        "azure_role_assignment_assigned_everyone", "azure_role_assignment_assigned_foreign_group", "azure_role_assignment_assigned_msi",
        "azure_role_assignment_assigned_unknown", "azure_role_assignment_assigned_unknown_principal_type",
    ];

    /// <summary>Parent HAS (or CONTAINS) child relationships, whose child ids extend the parent's.</summary>
    public static TheoryData<string> NestedRelationships() =>
    [
        "azure_subscription_has_resource_group", "azure_subscription_has_monitor_log_profile", "azure_subscription_has_security_center_contact",
        "azure_subscription_performed_security_assessment", "azure_vnet_contains_subnet",
        "azure_storage_account_has_container", "azure_storage_account_has_file_share", "azure_storage_account_has_queue", "azure_storage_account_has_table",
        "azure_sql_server_has_database", "azure_mysql_server_has_database", "azure_postgresql_server_has_database", "azure_mariadb_server_has_database",
        "azure_cosmosdb_account_has_sql_database", "azure_redis_cache_has_firewall_rule", "azure_container_group_has_container",
        "azure_container_group_has_volume", "azure_container_registry_has_webhook", "azure_service_bus_namespace_has_queue",
        "azure_service_bus_namespace_has_topic", "azure_service_bus_topic_has_subscription", "azure_event_grid_domain_has_topic",
        "azure_event_grid_domain_topic_has_topic_subscription", "azure_event_grid_topic_has_subscription", "azure_cdn_profile_has_endpoint",
        "azure_api_management_service_has_api", "azure_batch_account_has_application", "azure_batch_account_has_certificate",
        "azure_batch_account_has_pool", "azure_dns_zone_has_record_set", "azure_private_dns_zone_has_record_set",
        "azure_resource_has_policy_assignment", "azure_resource_has_finding", "azure_resource_has_diagnostic_log_setting",
        "azure_resource_has_diagnostic_metric_setting",
        .. new AzureIntegration().Definition.Steps.SelectMany(s => s.Relationships).Select(r => r.Type)
            .Where(t => t.StartsWith("azure_resource_group_has_", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal),
    ];

    [Fact]
    public async Task Every_declared_relationship_type_is_produced()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        var produced = result.Relationships.Select(r => r.Type).ToHashSet(StringComparer.Ordinal);

        var declared = new AzureIntegration().Definition.Steps
            .SelectMany(s => s.Relationships.Select(r => r.Type).Concat(s.MappedRelationships.Select(m => m.Type)))
            .Except(PrincipalKindsNotGenerated, StringComparer.Ordinal).Distinct(StringComparer.Ordinal);
        var missing = declared.Where(t => !produced.Contains(t)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, "not produced: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(NestedRelationships))]
    public async Task Child_relationship_joins_each_child_to_the_parent_its_id_extends(string type)
    {
        var result = await run.ResultAsync(Timeouts.Token(120));

        var edges = result.RelationshipsOf(type);
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.StartsWith(e.FromKey!.TrimEnd('/') + "/", e.ToKey!, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(edges.Count, edges.Select(e => e.ToKey!.ToLowerInvariant()).Distinct().Count());
    }

    [Fact]
    public async Task Each_vm_uses_the_nic_disk_and_public_ip_its_json_names()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        var nics = run.Arm("Microsoft.Network/networkInterfaces").ToDictionary(n => Id(n), StringComparer.OrdinalIgnoreCase);
        var vms = run.Arm("Microsoft.Compute/virtualMachines");

        AssertEdges(result, "azure_vm_uses_nic", vms.SelectMany(vm => Ids(vm["properties"]!["networkProfile"]!["networkInterfaces"]!).Select(nic => (Id(vm), nic))));
        AssertEdges(result, "azure_vm_uses_managed_disk", vms.Select(vm => (Id(vm), Id(vm["properties"]!["storageProfile"]!["osDisk"]!["managedDisk"]!))));
        AssertEdges(result, "azure_vm_uses_public_ip", vms.SelectMany(vm => Ids(vm["properties"]!["networkProfile"]!["networkInterfaces"]!)
            .SelectMany(nic => nics[nic]["properties"]!["ipConfigurations"]!.AsArray())
            .Select(configuration => (Id(vm), Id(configuration!["properties"]!["publicIPAddress"]!)))));
    }

    [Fact]
    public async Task Each_subnet_has_the_vms_whose_nics_sit_in_it()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));

        AssertEdges(result, "azure_subnet_has_vm", run.Arm("Microsoft.Network/networkInterfaces").SelectMany(nic => nic["properties"]!["ipConfigurations"]!.AsArray()
            .Select(configuration => (Id(configuration!["properties"]!["subnet"]!), Id(nic["properties"]!["virtualMachine"]!)))));
    }

    [Fact]
    public async Task Each_load_balancer_connects_the_nics_of_its_backend_pool()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));

        AssertEdges(result, "azure_lb_connects_nic", run.Arm("Microsoft.Network/loadBalancers").SelectMany(lb => lb["properties"]!["backendAddressPools"]!.AsArray()
            .SelectMany(pool => Ids(pool!["properties"]!["backendIPConfigurations"]!))
            .Select(configuration => (Id(lb), configuration[..configuration.IndexOf("/ipConfigurations/", StringComparison.OrdinalIgnoreCase)]))));
    }

    [Fact]
    public async Task Each_security_group_protects_the_subnets_and_nics_it_lists()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        var groups = run.Arm("Microsoft.Network/networkSecurityGroups");

        AssertEdges(result, "azure_security_group_protects_subnet", groups.SelectMany(g => Ids(g["properties"]!["subnets"]!).Select(subnet => (Id(g), subnet))));
        AssertEdges(result, "azure_security_group_protects_nic", groups.SelectMany(g => Ids(g["properties"]!["networkInterfaces"]!).Select(nic => (Id(g), nic))));
    }

    [Fact]
    public async Task Rules_naming_a_subnet_prefix_join_the_security_group_and_that_subnet_in_the_rule_direction()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        // Prefixes repeat across subscriptions, and a rule reaches every collected subnet with its prefix.
        var subnetsByPrefix = run.Arm("Microsoft.Network/virtualNetworks").SelectMany(v => v["properties"]!["subnets"]!.AsArray())
            .ToLookup(s => s!["properties"]!["addressPrefix"]!.GetValue<string>(), s => Id(s!));
        var rules = result.RelationshipsOf("azure_security_group_rule").Where(r => !r.IsMapped).ToArray();

        foreach (var group in run.Arm("Microsoft.Network/networkSecurityGroups"))
        {
            foreach (var rule in group["properties"]!["securityRules"]!.AsArray().Select(r => r!["properties"]!))
            {
                var inbound = rule["direction"]!.GetValue<string>() == "Inbound";
                var prefix = rule[inbound ? "sourceAddressPrefix" : "destinationAddressPrefix"]?.GetValue<string>();
                foreach (var subnet in prefix is null ? [] : subnetsByPrefix[prefix])
                {
                    var (from, to) = inbound ? (subnet, Id(group)) : (Id(group), subnet);
                    var verb = rule["access"]!.GetValue<string>() == "Allow" ? RelationshipClass.Allows : RelationshipClass.Denies;
                    Assert.Contains(rules, r => r.Class == verb && Same(r.FromKey, from) && Same(r.ToKey, to));
                }
            }
        }

        Assert.Contains(rules, r => r.Class == RelationshipClass.Allows);
        Assert.Contains(rules, r => r.Class == RelationshipClass.Denies);
    }

    [Fact]
    public async Task Inbound_rules_open_to_any_source_allow_the_internet_mapped_target()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        var internet = result.RelationshipsOf("azure_security_group_rule")
            .Where(r => r.Mapping?.TargetEntity.GetString("_key") == "global:internet").ToArray();

        var open = run.Arm("Microsoft.Network/networkSecurityGroups").Where(g => g["properties"]!["securityRules"]!.AsArray().Select(r => r!["properties"]!)
            .Any(r => r["direction"]!.GetValue<string>() == "Inbound" && r["access"]!.GetValue<string>() == "Allow"
                && r["sourceAddressPrefix"]?.GetValue<string>() is "*" or "Internet")).Select(Id).ToArray();
        Assert.NotEmpty(open);
        Assert.All(open, g => Assert.Contains(internet, r => r.Class == RelationshipClass.Allows && Same(r.Mapping!.SourceEntityKey, g)
            && r.Mapping.Direction == RelationshipDirection.Reverse));
    }

    [Fact]
    public async Task Storage_accounts_with_a_customer_managed_key_use_the_vault_holding_it()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        var vaults = run.Arm("Microsoft.KeyVault/vaults").ToDictionary(v => v["properties"]!["vaultUri"]!.GetValue<string>(), Id, StringComparer.OrdinalIgnoreCase);

        AssertEdges(result, "azure_storage_account_uses_keyvault_service", run.Arm("Microsoft.Storage/storageAccounts")
            .Where(a => a["properties"]!["encryption"]!["keyvaultproperties"] is not null)
            .Select(a => (Id(a), vaults[a["properties"]!["encryption"]!["keyvaultproperties"]!["keyvaulturi"]!.GetValue<string>()])));
    }

    [Fact]
    public async Task Container_volumes_on_azure_files_use_the_share_they_mount()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        var accounts = run.Arm("Microsoft.Storage/storageAccounts").ToDictionary(a => a["name"]!.GetValue<string>(), Id, StringComparer.OrdinalIgnoreCase);

        AssertEdges(result, "azure_container_volume_uses_storage_file_share", run.Arm("Microsoft.ContainerInstance/containerGroups")
            .SelectMany(g => g["properties"]!["volumes"]!.AsArray().Where(v => v!["azureFile"] is not null).Select(v =>
                ($"{Id(g)}/volumes/{v!["name"]!.GetValue<string>()}",
                 $"{accounts[v["azureFile"]!["storageAccountName"]!.GetValue<string>()]}/fileServices/default/shares/{v["azureFile"]!["shareName"]!.GetValue<string>()}"))));
    }

    [Fact]
    public async Task Containers_use_the_volumes_they_mount()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));

        AssertEdges(result, "azure_container_uses_volume", run.Arm("Microsoft.ContainerInstance/containerGroups")
            .SelectMany(g => g["properties"]!["containers"]!.AsArray().SelectMany(c => c!["properties"]!["volumeMounts"]!.AsArray().Select(m =>
                ($"{Id(g)}/containers/{c["name"]!.GetValue<string>()}", $"{Id(g)}/volumes/{m!["name"]!.GetValue<string>()}")))));
    }

    [Fact]
    public async Task Redis_caches_connect_to_the_caches_they_are_linked_to()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));

        AssertEdges(result, "azure_redis_cache_connects_cache", run.Arm("Microsoft.Cache/Redis")
            .SelectMany(c => run.Children(Id(c), "linkedServers").Select(l => (Id(c), l["properties"]!["linkedRedisCacheId"]!.GetValue<string>()))));
    }

    [Fact]
    public async Task Diagnostic_settings_and_the_log_profile_use_the_storage_account_they_archive_to()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        var archives = run.Arm("Microsoft.KeyVault/vaults").SelectMany(v => run.Children(Id(v), "providers/microsoft.insights/diagnosticSettings"))
            .ToDictionary(s => Id(s), s => s["properties"]!["storageAccountId"]!.GetValue<string>(), StringComparer.OrdinalIgnoreCase);

        foreach (var type in new[] { "azure_diagnostic_log_setting", "azure_diagnostic_metric_setting" })
        {
            AssertEdges(result, $"{type}_uses_storage_account",
                result.EntitiesOf(type).Select(e => (e.Key, archives[e.Properties.GetString("settingId")!]))); // every setting entity names its setting
        }

        AssertEdges(result, "azure_monitor_log_profile_uses_storage_account", run.SubscriptionIds.SelectMany(s => run.Tenant.GetObjects($"arm/subscriptions/{s}/providers/microsoft.insights/logprofiles"))
            .Select(p => (Id(p), p["properties"]!["storageAccountId"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Role_assignments_allow_their_scope_and_use_their_definition()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        var assignments = run.Arm("Microsoft.Authorization/roleAssignments");

        AssertEdges(result, "azure_role_assignment_uses_definition", assignments.Select(a => (Id(a), a["properties"]!["roleDefinitionId"]!.GetValue<string>())));
        var allows = result.Relationships.Where(r => r.Type.StartsWith("azure_role_assignment_allows_", StringComparison.Ordinal))
            .Select(r => Pair(r.FromKey!, r.ToKey!)).ToHashSet();
        Assert.Equal(assignments.Select(a => Pair(Id(a), a["properties"]!["scope"]!.GetValue<string>())).ToHashSet(), allows);
        Assert.Contains(result.Relationships, r => r.Type == "azure_role_assignment_allows_container_registry");
    }

    [Fact]
    public async Task Role_assignments_are_assigned_to_the_principal_they_name()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        var principals = result.Entities.Where(e => e.Type is "azure_user" or "azure_user_group" or "azure_service_principal")
            .ToDictionary(e => e.Key, e => e.Type, StringComparer.OrdinalIgnoreCase);
        var assigned = result.Relationships.Where(r => r.Type.StartsWith("azure_role_assignment_assigned_", StringComparison.Ordinal)).ToArray();

        foreach (var assignment in run.Arm("Microsoft.Authorization/roleAssignments"))
        {
            var principal = assignment["properties"]!["principalId"]!.GetValue<string>();
            var edge = Assert.Single(assigned, r => Same(r.Mapping!.SourceEntityKey, Id(assignment)));
            Assert.Equal(principal, edge.Mapping!.TargetEntity.GetString("_key"));
            // The mapped target is an entity the directory steps collected, of the type the edge names.
            Assert.Equal(principals[principal], edge.Mapping.TargetEntity.GetString("_type"));
        }
    }

    [Fact]
    public async Task Classic_administrators_map_to_the_users_with_their_address()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        var users = result.EntitiesOf("azure_user").Select(u => u.Properties.GetString("userPrincipalName")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var emails = run.Arm("Microsoft.Authorization/classicAdministrators").Select(a => a["properties"]!["emailAddress"]!.GetValue<string>())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var edges = result.RelationshipsOf("azure_classic_admin_group_has_user");
        Assert.Equal(emails, edges.Select(e => e.Mapping!.TargetEntity.GetString("userPrincipalName")!).ToHashSet(StringComparer.OrdinalIgnoreCase));
        Assert.All(emails, e => Assert.Contains(e, users));
    }

    [Fact]
    public async Task Recommendations_are_identified_by_their_assessment_and_belong_to_the_assessed_resource()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        var recommendations = run.Arm("Microsoft.Advisor/recommendations");

        AssertEdges(result, "azure_assessment_identified_recommendation",
            recommendations.Select(r => (r["properties"]!["resourceMetadata"]!["source"]!.GetValue<string>(), Id(r))));
        AssertEdges(result, "azure_resource_has_finding",
            recommendations.Select(r => (r["properties"]!["resourceMetadata"]!["resourceId"]!.GetValue<string>(), Id(r))));
    }

    [Fact]
    public async Task Directory_groups_have_their_users_nested_groups_and_devices()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        var members = run.Tenant.GetObjects("graph/v1.0/groups").SelectMany(g => run.Tenant.GetObjects($"graph/v1.0/groups/{g["id"]!.GetValue<string>()}/members")
            .Select(m => (Group: g["id"]!.GetValue<string>(), Kind: m["@odata.type"]!.GetValue<string>(), Member: m["id"]!.GetValue<string>()))).ToArray();

        AssertEdges(result, "azure_group_has_user", members.Where(m => m.Kind == "#microsoft.graph.user").Select(m => (m.Group, m.Member)));
        AssertEdges(result, "azure_group_has_group", members.Where(m => m.Kind == "#microsoft.graph.group").Select(m => (m.Group, m.Member)));
        AssertEdges(result, "azure_group_has_member", members.Where(m => m.Kind == "#microsoft.graph.device").Select(m => (m.Group, m.Member)));
    }

    private static void AssertEdges(IntegrationRun result, string type, IEnumerable<(string From, string To)> expected)
    {
        var wanted = expected.Select(e => Pair(e.From, e.To)).ToHashSet();
        Assert.NotEmpty(wanted);
        var produced = result.RelationshipsOf(type).Select(r => Pair(r.FromKey!, r.ToKey!)).ToHashSet();
        Assert.Equal(wanted.Order(), produced.Order());
    }

    private static (string, string) Pair(string from, string to) => (from.ToLowerInvariant(), to.ToLowerInvariant());

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private static IEnumerable<string> Ids(JsonNode array) => array.AsArray().Select(item => Id(item!));
}
