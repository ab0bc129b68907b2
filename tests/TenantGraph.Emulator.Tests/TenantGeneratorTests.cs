using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Generation;
using TenantGraph.Emulator.Tests.Support;

namespace TenantGraph.Emulator.Tests;

public sealed class TenantGeneratorTests
{
    [Fact]
    public void Same_seed_writes_byte_identical_tenant_folders()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        TenantGenerator.Generate(GeneratorOptions.Demo with { Seed = 7 }).Save(first.Path);
        TenantGenerator.Generate(GeneratorOptions.Demo with { Seed = 7 }).Save(second.Path);

        var files = Directory.GetFiles(first.Path, "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first.Path, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(second.Path, "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second.Path, f)).Order(StringComparer.Ordinal));
        Assert.All(files, file => Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, file)), File.ReadAllBytes(Path.Combine(second.Path, file))));
    }

    [Fact]
    public void Different_seeds_give_different_users()
    {
        var first = TenantGenerator.Generate(GeneratorOptions.Demo with { Seed = 1 }).GetObjects("graph/v1.0/users")[0]["id"]!.GetValue<string>();
        var second = TenantGenerator.Generate(GeneratorOptions.Demo with { Seed = 2 }).GetObjects("graph/v1.0/users")[0]["id"]!.GetValue<string>();

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Demo_preset_fills_every_collection_the_collectors_read()
    {
        var tenant = TenantGenerator.Generate(GeneratorOptions.Demo);
        var subscription = tenant.GetObjects("arm/subscriptions")[0]["subscriptionId"]!.GetValue<string>();

        string[] paths =
        [
            "graph/v1.0/organization", "graph/v1.0/users", "graph/v1.0/groups", "graph/v1.0/devices",
            "graph/beta/deviceManagement/managedDevices", "graph/beta/deviceAppManagement/mobileApps",
            "graph/v1.0/deviceManagement/deviceCompliancePolicies", "graph/v1.0/deviceManagement/deviceConfigurations",
            "defender/api/machines", "arm/subscriptions", $"arm/subscriptions/{subscription}/resourceGroups",
            .. new[]
            {
                "Microsoft.Network/virtualNetworks", "Microsoft.Network/networkSecurityGroups", "Microsoft.Network/networkInterfaces",
                "Microsoft.Network/publicIPAddresses", "Microsoft.Compute/virtualMachines", "Microsoft.Compute/disks",
                "Microsoft.Storage/storageAccounts", "Microsoft.KeyVault/vaults", "Microsoft.Sql/servers",
                "Microsoft.Authorization/roleDefinitions", "Microsoft.Authorization/roleAssignments",
            }.Select(type => $"arm/subscriptions/{subscription}/providers/{type}"),
        ];
        Assert.All(paths, path => Assert.True(tenant.Count(path) > 0, path));
    }

    [Fact]
    public void Requested_sizes_are_generated()
    {
        var tenant = TenantGenerator.Generate(new GeneratorOptions { Users = 120, Groups = 12, Memberships = 300, Devices = 10, ManagedDevices = 5, DefenderMachines = 7 });

        Assert.Equal(120, tenant.Count("graph/v1.0/users"));
        Assert.Equal(12, tenant.Count("graph/v1.0/groups"));
        Assert.Equal(300, tenant.CollectionPaths.Where(p => p.EndsWith("/members", StringComparison.Ordinal)).Sum(tenant.Count));
        Assert.Equal(5, tenant.Count("graph/beta/deviceManagement/managedDevices"));
        Assert.Equal(7, tenant.Count("defender/api/machines"));
    }

    [Fact]
    public void Virtual_networks_past_the_256th_still_have_valid_address_spaces()
    {
        var tenant = TenantGenerator.Generate(new GeneratorOptions { Users = 1, Groups = 0, Memberships = 0, Devices = 0, ManagedDevices = 0, DefenderMachines = 0, ResourcesPerType = 300 });
        var subscription = tenant.GetObjects("arm/subscriptions")[0]["subscriptionId"]!.GetValue<string>();

        var networks = tenant.GetObjects($"arm/subscriptions/{subscription}/providers/Microsoft.Network/virtualNetworks");
        var prefixes = networks.SelectMany(n => n["properties"]!["subnets"]!.AsArray().Select(s => s!["properties"]!["addressPrefix"]!.GetValue<string>())
            .Append(n["properties"]!["addressSpace"]!["addressPrefixes"]![0]!.GetValue<string>())).ToList();

        Assert.Equal(300, networks.Count);
        Assert.All(prefixes, prefix => Assert.True(System.Net.IPNetwork.TryParse(prefix, out _), prefix));
    }

    [Fact]
    public void Some_groups_are_nested_in_other_groups()
    {
        var tenant = TenantGenerator.Generate(GeneratorOptions.Demo);

        var groupMembers = tenant.CollectionPaths.Where(p => p.EndsWith("/members", StringComparison.Ordinal))
            .SelectMany(tenant.GetObjects).Count(m => m["@odata.type"]!.GetValue<string>() == "#microsoft.graph.group");
        Assert.True(groupMembers > 0);
    }

    [Fact]
    public void Saved_tenant_loads_back_with_the_same_collections()
    {
        using var folder = new TempDirectory();
        var tenant = TenantGenerator.Generate(GeneratorOptions.Demo);
        tenant.Save(folder.Path);

        var loaded = TenantData.Load(folder.Path);

        Assert.Equal(tenant.CollectionPaths, loaded.CollectionPaths);
        Assert.Equal(tenant.Info.TenantId, loaded.Info.TenantId);
        Assert.Equal(tenant.Count("graph/v1.0/users"), loaded.Count("graph/v1.0/users"));
    }
}

public sealed class TenantGeneratorBulkTests
{
    [Fact]
    public void Every_app_and_first_party_service_has_a_service_principal()
    {
        var tenant = TenantGenerator.Generate(GeneratorOptions.Demo);

        var principals = tenant.GetObjects("graph/v1.0/servicePrincipals");
        var collector = Assert.Single(principals, p => p["appId"]!.GetValue<string>() == GeneratorOptions.Demo.ClientId);
        Assert.Equal(GeneratorOptions.Demo.TenantId, collector["appOwnerOrganizationId"]!.GetValue<string>());
        Assert.Contains(principals, p => p["appId"]!.GetValue<string>() == "00000003-0000-0000-c000-000000000000"
            && p["appOwnerOrganizationId"]!.GetValue<string>() == "f8cdef31-a31e-4b4a-93e4-5f571e91255a");
        Assert.All(principals, p => Assert.Equal("Application", p["servicePrincipalType"]!.GetValue<string>()));
    }

    [Fact]
    public void Machine_vulnerability_rows_are_the_per_machine_lists()
    {
        var tenant = TenantGenerator.Generate(GeneratorOptions.Demo);

        var perMachine = tenant.GetObjects("defender/api/machines")
            .SelectMany(m => tenant.GetObjects($"defender/api/machines/{m["id"]!.GetValue<string>()}/vulnerabilities")
                .Select(v => (Machine: m["id"]!.GetValue<string>(), Cve: v["id"]!.GetValue<string>())))
            .ToList();
        var bulk = tenant.GetObjects("defender/api/vulnerabilities/machinesVulnerabilities")
            .Select(r => (Machine: r["machineId"]!.GetValue<string>(), Cve: r["cveId"]!.GetValue<string>())).ToList();

        Assert.Equal(perMachine, bulk);
    }

    [Fact]
    public void Vulnerability_details_list_each_CVE_once_with_the_machines_exposed_to_it()
    {
        var tenant = TenantGenerator.Generate(GeneratorOptions.Demo);

        var exposed = tenant.GetObjects("defender/api/vulnerabilities/machinesVulnerabilities")
            .GroupBy(r => r["cveId"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count());
        var details = tenant.GetObjects("defender/api/vulnerabilities");

        Assert.Equal(exposed.Keys.Order(StringComparer.Ordinal), details.Select(d => d["id"]!.GetValue<string>()));
        Assert.All(details, d => Assert.Equal(exposed[d["id"]!.GetValue<string>()], d["exposedMachines"]!.GetValue<int>()));
    }

    [Fact]
    public void Managed_devices_above_the_device_count_are_all_generated()
    {
        var tenant = TenantGenerator.Generate(new GeneratorOptions { Devices = 5, ManagedDevices = 12, DefenderMachines = 0, Subscriptions = 0 });

        Assert.Equal(12, tenant.Count("graph/beta/deviceManagement/managedDevices"));
        Assert.Equal(12, tenant.Count("graph/v1.0/devices"));
    }
}
