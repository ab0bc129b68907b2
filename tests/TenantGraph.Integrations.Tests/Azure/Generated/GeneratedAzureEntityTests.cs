using TenantGraph.Core.Steps;
using TenantGraph.Emulator.Generation;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.Generated;

/// <summary>
/// Every part-1 and part-2 entity type, collected from generated subscriptions, in the number the generator's options
/// give. Validity against the data model is the harness's: the job state validates each entity on the way in and
/// the harness fails on undeclared types or relationships to nothing collected.
/// </summary>
[Collection(GeneratedAzureCollection.Name)]
public sealed class GeneratedAzureEntityTests(GeneratedAzureRun run)
{
    /// <summary>Counts that follow from the options alone; the few fixed by the generator's own tables are counted in the tenant below.</summary>
    public static TheoryData<string, int> ExpectedCounts()
    {
        var o = GeneratedAzureRun.Options;
        int s = o.Subscriptions, r = o.ResourcesPerType, n = o.ServicesPerType, c = o.ChildrenPerParent;
        var perSubscription = new Dictionary<string, int>
        {
            ["azure_resource_group"] = o.ResourceGroupsPerSubscription,
            ["azure_keyvault_service"] = r, ["azure_vnet"] = r, ["azure_subnet"] = 2 * r, ["azure_security_group"] = r, ["azure_nic"] = r,
            ["azure_public_ip"] = r, ["azure_vm"] = r, ["azure_managed_disk"] = r, ["azure_lb"] = n, ["azure_image"] = n,
            ["azure_storage_account"] = r, ["azure_storage_container"] = r * c, ["azure_storage_file_share"] = r * c,
            ["azure_storage_queue"] = r * c, ["azure_storage_table"] = r * c,
            ["azure_policy_assignment"] = n, ["azure_security_center_contact"] = 1,
            ["azure_monitor_log_profile"] = 1, ["azure_diagnostic_log_setting"] = r, ["azure_diagnostic_metric_setting"] = r, // one setting per key vault
            ["azure_sql_server"] = r, ["azure_sql_database"] = r * (o.SqlDatabasesPerServer + 1), // and master
            ["azure_mysql_server"] = n, ["azure_mysql_database"] = n * c, ["azure_postgresql_server"] = n, ["azure_postgresql_database"] = n * c,
            ["azure_mariadb_server"] = n, ["azure_mariadb_database"] = n * c,
            ["azure_cosmosdb_account"] = n, ["azure_cosmosdb_sql_database"] = n * c, ["azure_redis_cache"] = n, ["azure_firewall_rule"] = n * c,
            ["azure_container_group"] = n, ["azure_container"] = n * c, ["azure_container_volume"] = n * c,
            ["azure_container_registry"] = n, ["azure_container_registry_webhook"] = n * c,
            ["azure_service_bus_namespace"] = n, ["azure_service_bus_queue"] = n * c, ["azure_service_bus_topic"] = n * c,
            ["azure_service_bus_subscription"] = n * c * c,
            ["azure_event_grid_domain"] = n, ["azure_event_grid_domain_topic"] = n * c, ["azure_event_grid_topic"] = n,
            ["azure_event_grid_topic_subscription"] = (n * c * c) + (n * c), // under each domain topic and each topic
            ["azure_cdn_profile"] = n, ["azure_cdn_endpoint"] = n * c, ["azure_api_management_service"] = n, ["azure_api_management_api"] = n * c,
            ["azure_batch_account"] = n, ["azure_batch_application"] = n * c, ["azure_batch_certificate"] = n * c, ["azure_batch_pool"] = n * c,
            ["azure_dns_zone"] = n, ["azure_dns_record_set"] = n * (c + 2), // and the apex SOA and NS
            ["azure_private_dns_zone"] = n, ["azure_private_dns_record_set"] = n * (c + 1), // and the apex SOA
        };
        var data = new TheoryData<string, int>
        {
            { "azure_account", 1 }, { "azure_user", o.Users }, { "azure_user_group", o.Groups },
            { "azure_group_member", Math.Min(o.GroupDeviceMembers, Math.Max(o.Devices, o.ManagedDevices)) },
            { "azure_subscription", s }, { "azure_classic_admin_group", 1 },
        };
        foreach (var (type, count) in perSubscription)
        {
            data.Add(type, s * count);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedCounts))]
    public async Task Type_is_collected_in_the_number_generated(string type, int expected)
    {
        var result = await run.ResultAsync(Timeouts.Token(120));

        Assert.Equal(expected, result.EntitiesOf(type).Count);
    }

    [Theory]
    [InlineData("azure_service_principal", "graph/v1.0/servicePrincipals")]
    [InlineData("azure_role_definition", "providers/Microsoft.Authorization/roleDefinitions")]
    [InlineData("azure_role_assignment", "providers/Microsoft.Authorization/roleAssignments")]
    [InlineData("azure_security_assessment", "providers/Microsoft.Security/assessments")]
    [InlineData("azure_advisor_recommendation", "providers/Microsoft.Advisor/recommendations")]
    public async Task Type_from_a_generator_table_is_collected_once_per_generated_object(string type, string path)
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        var generated = path.StartsWith("graph/", StringComparison.Ordinal)
            ? run.Tenant.Count(path)
            : run.SubscriptionIds.Sum(s => run.Tenant.Count($"arm/subscriptions/{s}/{path}"));

        Assert.True(generated > 0, path);
        Assert.Equal(generated, result.EntitiesOf(type).Count);
    }

    [Fact]
    public async Task Every_step_succeeds()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));

        var failed = result.Run.Steps.Where(s => s.Status is not StepStatus.Success).Select(s => $"{s.Id}: {s.Status} {s.Error}").ToArray();
        Assert.True(failed.Length == 0, string.Join("\n", failed));
    }
}
