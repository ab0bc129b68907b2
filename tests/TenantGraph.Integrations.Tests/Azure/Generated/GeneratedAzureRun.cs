using System.Text.Json.Nodes;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Generation;
using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Tests.Azure.Support;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.Generated;

/// <summary>
/// One collection of a generated tenant with two subscriptions, every Azure kind and the directory, shared by the
/// tests that only read its graph. Sizes are small so the run takes seconds; expectations derive from them.
/// </summary>
public sealed class GeneratedAzureRun
{
    public static readonly GeneratorOptions Options = new()
    {
        Seed = 42,
        Users = 10,
        Groups = 4,
        Memberships = 16,
        GroupDeviceMembers = 2,
        Devices = 3,
        ManagedDevices = 0,
        IntuneLicensed = false,
        DefenderMachines = 0,
        Subscriptions = 2,
        ResourceGroupsPerSubscription = 2,
        ResourcesPerType = 2,
        SqlDatabasesPerServer = 1,
        ServicesPerType = 2,
        ChildrenPerParent = 2,
        RoleAssignmentsPerSubscription = 3,
    };

    private readonly Lazy<Task<IntegrationRun>> _result;

    public GeneratedAzureRun()
    {
        Tenant = TenantGenerator.Generate(Options);
        _result = new(async () =>
        {
            await using var cloud = await Cloud.StartAsync(Tenant);
            return await IntegrationHarness.RunAsync(new AzureIntegration(), cloud, Timeouts.Token(),
                AzureTenant.Settings(ingestActiveDirectory: true, subscriptions: [.. SubscriptionIds]));
        });
    }

    /// <summary>The generated tenant, for expectations that follow from what was generated (which VM uses which NIC, …).</summary>
    internal TenantData Tenant { get; }

    internal IEnumerable<string> SubscriptionIds => Tenant.GetObjects("arm/subscriptions").Select(s => s["subscriptionId"]!.GetValue<string>()); // generated subscriptions have ids

    /// <summary>The generated resources of a provider type, over every subscription.</summary>
    internal IReadOnlyList<JsonObject> Arm(string type) =>
        [.. SubscriptionIds.SelectMany(s => Tenant.GetObjects($"arm/subscriptions/{s}/providers/{type}"))];

    /// <summary>A generated resource's child listing, such as <c>databases</c> of a server.</summary>
    internal IReadOnlyList<JsonObject> Children(string parentId, string path) => Tenant.GetObjects($"arm{parentId}/{path}");

    internal Task<IntegrationRun> ResultAsync(CancellationToken cancellationToken) => _result.Value.WaitAsync(cancellationToken);
}
