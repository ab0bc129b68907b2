using System.Text.Json.Nodes;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Generation;

namespace TenantGraph.Emulator.Tests;

/// <summary>The generated Azure estate: every kind the collectors read, sized by the options, and every reference resolving.</summary>
public sealed class AzureGeneratorTests
{
    private static readonly string[] ServiceTypes =
    [
        "Microsoft.Network/loadBalancers", "Microsoft.Compute/images", "Microsoft.DBforMySQL/servers", "Microsoft.DBforPostgreSQL/servers",
        "Microsoft.DBforMariaDB/servers", "Microsoft.DocumentDB/databaseAccounts", "Microsoft.Cache/Redis", "Microsoft.ContainerInstance/containerGroups",
        "Microsoft.ContainerRegistry/registries", "Microsoft.ServiceBus/namespaces", "Microsoft.EventGrid/domains", "Microsoft.EventGrid/topics",
        "Microsoft.Cdn/profiles", "Microsoft.ApiManagement/service", "Microsoft.Batch/batchAccounts", "Microsoft.Network/dnszones",
        "Microsoft.Network/privateDnsZones", "Microsoft.Authorization/policyAssignments",
    ];

    /// <summary>Child listings of each service kind, as the collectors ask for them.</summary>
    private static readonly (string Parent, string Path)[] ChildListings =
    [
        ("Microsoft.Storage/storageAccounts", "blobServices/default/containers"), ("Microsoft.Storage/storageAccounts", "fileServices/default/shares"),
        ("Microsoft.Storage/storageAccounts", "queueServices/default/queues"), ("Microsoft.Storage/storageAccounts", "tableServices/default/tables"),
        ("Microsoft.DBforMySQL/servers", "databases"), ("Microsoft.DBforPostgreSQL/servers", "databases"), ("Microsoft.DBforMariaDB/servers", "databases"),
        ("Microsoft.DocumentDB/databaseAccounts", "sqlDatabases"), ("Microsoft.Cache/Redis", "firewallRules"), ("Microsoft.ContainerRegistry/registries", "webhooks"),
        ("Microsoft.ServiceBus/namespaces", "queues"), ("Microsoft.ServiceBus/namespaces", "topics"), ("Microsoft.EventGrid/domains", "topics"),
        ("Microsoft.EventGrid/topics", "providers/Microsoft.EventGrid/eventSubscriptions"), ("Microsoft.Cdn/profiles", "endpoints"),
        ("Microsoft.ApiManagement/service", "apis"), ("Microsoft.Batch/batchAccounts", "applications"), ("Microsoft.Batch/batchAccounts", "certificates"),
        ("Microsoft.Batch/batchAccounts", "pools"),
    ];

    [Fact]
    public void Demo_preset_has_every_service_kind_in_every_subscription()
    {
        var tenant = TenantGenerator.Generate(GeneratorOptions.Demo);

        foreach (var subscription in Subscriptions(tenant))
        {
            Assert.All(ServiceTypes, type => Assert.Equal(GeneratorOptions.Demo.ServicesPerType, tenant.Count(List(subscription, type))));
        }
    }

    [Fact]
    public void Each_parent_has_the_requested_number_of_children_of_each_kind()
    {
        var options = new GeneratorOptions { Users = 5, Groups = 2, Memberships = 4, Devices = 0, ManagedDevices = 0, DefenderMachines = 0, ResourcesPerType = 2, ServicesPerType = 3, ChildrenPerParent = 3 };
        var tenant = TenantGenerator.Generate(options);
        var subscription = Assert.Single(Subscriptions(tenant));

        Assert.All(ChildListings, listing => Assert.All(tenant.GetObjects(List(subscription, listing.Parent)),
            parent => Assert.Equal(options.ChildrenPerParent, tenant.Count($"arm{Id(parent)}/{listing.Path}"))));
        Assert.All(tenant.GetObjects(List(subscription, "Microsoft.ContainerInstance/containerGroups")), group =>
        {
            Assert.Equal(options.ChildrenPerParent, group["properties"]!["containers"]!.AsArray().Count);
            Assert.Equal(options.ChildrenPerParent, group["properties"]!["volumes"]!.AsArray().Count);
        });
    }

    [Fact]
    public void Zero_services_and_children_generate_none_of_those_kinds()
    {
        var tenant = TenantGenerator.Generate(new GeneratorOptions { ServicesPerType = 0, ChildrenPerParent = 0 });
        var subscription = Assert.Single(Subscriptions(tenant));

        Assert.All(ServiceTypes, type => Assert.Equal(0, tenant.Count(List(subscription, type))));
        Assert.DoesNotContain(tenant.CollectionPaths, p => p.EndsWith("/blobServices/default/containers", StringComparison.Ordinal));
        Assert.True(tenant.Count(List(subscription, "Microsoft.Storage/storageAccounts")) > 0);
    }

    [Fact]
    public void Every_cross_reference_names_a_generated_resource()
    {
        var tenant = TenantGenerator.Generate(GeneratorOptions.Demo);
        var ids = tenant.CollectionPaths.Where(p => p.StartsWith("arm/", StringComparison.Ordinal)).SelectMany(tenant.GetObjects)
            .Select(o => o["id"]?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var subnets = tenant.CollectionPaths.Where(p => p.EndsWith("Microsoft.Network/virtualNetworks", StringComparison.Ordinal)).SelectMany(tenant.GetObjects)
            .SelectMany(v => v["properties"]!["subnets"]!.AsArray()).Select(s => Id(s!));
        ids.UnionWith(subnets);
        var references = new List<string>();
        foreach (var subscription in Subscriptions(tenant))
        {
            references.AddRange(tenant.GetObjects(List(subscription, "Microsoft.Network/loadBalancers"))
                .SelectMany(lb => lb["properties"]!["backendAddressPools"]![0]!["properties"]!["backendIPConfigurations"]!.AsArray())
                .Select(c => Id(c!)[..Id(c!).IndexOf("/ipConfigurations/", StringComparison.Ordinal)]));
            references.AddRange(tenant.GetObjects(List(subscription, "Microsoft.Network/networkSecurityGroups"))
                .SelectMany(g => g["properties"]!["networkInterfaces"]!.AsArray().Concat(g["properties"]!["subnets"]!.AsArray())).Select(r => Id(r!)));
            references.AddRange(tenant.GetObjects(List(subscription, "Microsoft.Compute/images")).Select(i => Id(i["properties"]!["sourceVirtualMachine"]!)));
            references.AddRange(tenant.GetObjects(List(subscription, "Microsoft.Cache/Redis"))
                .SelectMany(c => tenant.GetObjects($"arm{Id(c)}/linkedServers")).Select(l => l["properties"]!["linkedRedisCacheId"]!.GetValue<string>()));
            references.AddRange(tenant.GetObjects(List(subscription, "Microsoft.KeyVault/vaults"))
                .SelectMany(v => tenant.GetObjects($"arm{Id(v)}/providers/microsoft.insights/diagnosticSettings"))
                .Select(s => s["properties"]!["storageAccountId"]!.GetValue<string>()));
            references.AddRange(tenant.GetObjects(List(subscription, "Microsoft.Authorization/roleAssignments"))
                .Select(a => a["properties"]!["scope"]!.GetValue<string>()).Where(s => s.Contains("/providers/", StringComparison.Ordinal)));
            references.AddRange(tenant.GetObjects(List(subscription, "Microsoft.Advisor/recommendations"))
                .Select(r => r["properties"]!["resourceMetadata"]!["source"]!.GetValue<string>()));
            var shares = tenant.GetObjects(List(subscription, "Microsoft.Storage/storageAccounts"))
                .SelectMany(a => tenant.GetObjects($"arm{Id(a)}/fileServices/default/shares").Select(s => $"{a["name"]}/{s["name"]}")).ToHashSet(StringComparer.Ordinal);
            var mounted = tenant.GetObjects(List(subscription, "Microsoft.ContainerInstance/containerGroups"))
                .SelectMany(g => g["properties"]!["volumes"]!.AsArray()).Select(v => v!["azureFile"]).OfType<JsonNode>().ToArray();
            Assert.NotEmpty(mounted);
            Assert.All(mounted, f => Assert.Contains($"{f["storageAccountName"]}/{f["shareName"]}", shares));
        }

        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.Contains(reference, ids));
    }

    [Fact]
    public void Role_assignments_to_the_collector_name_its_service_principal_by_object_id()
    {
        var tenant = TenantGenerator.Generate(GeneratorOptions.Demo);
        var collector = Assert.Single(tenant.GetObjects("graph/v1.0/servicePrincipals"), p => p["appId"]!.GetValue<string>() == GeneratorOptions.Demo.ClientId);

        var principals = Subscriptions(tenant).SelectMany(s => tenant.GetObjects(List(s, "Microsoft.Authorization/roleAssignments")))
            .Where(a => a["properties"]!["principalType"]!.GetValue<string>() == "ServicePrincipal").Select(a => a["properties"]!["principalId"]!.GetValue<string>()).ToArray();
        Assert.NotEmpty(principals);
        Assert.All(principals, p => Assert.Equal(Id(collector), p));
    }

    [Fact]
    public void Group_device_members_join_the_last_group()
    {
        var tenant = TenantGenerator.Generate(new GeneratorOptions { Groups = 3, Devices = 4, GroupDeviceMembers = 3, Subscriptions = 0 });
        var last = Id(tenant.GetObjects("graph/v1.0/groups")[^1]);
        var devices = tenant.GetObjects("graph/v1.0/devices").Select(Id).ToHashSet(StringComparer.Ordinal);

        var members = tenant.GetObjects($"graph/v1.0/groups/{last}/members").Where(m => m["@odata.type"]!.GetValue<string>() == "#microsoft.graph.device").ToArray();
        Assert.Equal(3, members.Length);
        Assert.All(members, m => Assert.Contains(Id(m), devices));
    }

    private static IEnumerable<string> Subscriptions(TenantData tenant) => tenant.GetObjects("arm/subscriptions").Select(s => s["subscriptionId"]!.GetValue<string>());

    private static string List(string subscription, string type) => $"arm/subscriptions/{subscription}/providers/{type}";

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();
}
