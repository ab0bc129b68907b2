namespace TenantGraph.Emulator.Generation;

/// <summary>Sizes of a generated tenant. The same options and seed always give the same tenant.</summary>
public sealed record GeneratorOptions
{
    public int Seed { get; init; } = 1;

    public string TenantId { get; init; } = "72f988bf-0000-4000-8000-00000000c0de";

    public string TenantName { get; init; } = "Contoso";

    public string ClientId { get; init; } = "5f0c1e2d-3b4a-4c5d-8e6f-7a8b9c0d1e2f";

    /// <summary>For emulator use only; the demo passes it to its collector.</summary>
    public string ClientSecret { get; init; } = "emulator-demo-secret";

    public bool IntuneLicensed { get; init; } = true;

    public int Users { get; init; } = 50;

    public int Groups { get; init; } = 10;

    /// <summary>Group memberships in total, users and nested groups together.</summary>
    public int Memberships { get; init; } = 150;

    /// <summary>Share of groups that are themselves members of another group.</summary>
    public double NestedGroupShare { get; init; } = 0.2;

    /// <summary>Entra devices that are members of the last group, beside <see cref="Memberships"/>: group members that are neither users nor groups.</summary>
    public int GroupDeviceMembers { get; init; }

    /// <summary>Entra devices; raised to <see cref="ManagedDevices"/> when that is larger.</summary>
    public int Devices { get; init; } = 30;

    /// <summary>
    /// Intune managed devices; each is also an Entra device (the first ones), so a value above <see cref="Devices"/>
    /// adds Entra devices rather than being capped.
    /// </summary>
    public int ManagedDevices { get; init; } = 20;

    public int DetectedAppsPerDevice { get; init; } = 5;

    public int ManagedApps { get; init; } = 8;

    public int CompliancePolicies { get; init; } = 3;

    public int DeviceConfigurations { get; init; } = 3;

    public int DefenderMachines { get; init; } = 20;

    public int VulnerabilitiesPerMachine { get; init; } = 4;

    public int LogonUsersPerMachine { get; init; } = 2;

    public int Subscriptions { get; init; } = 1;

    public int ResourceGroupsPerSubscription { get; init; } = 3;

    /// <summary>Virtual networks, NSGs, VMs (each with a NIC, public IP and disk), storage accounts, key vaults, SQL servers: per subscription.</summary>
    public int ResourcesPerType { get; init; } = 4;

    public int SqlDatabasesPerServer { get; init; } = 2;

    /// <summary>
    /// Every other Azure service kind, per subscription: load balancers, images, MySQL, PostgreSQL and MariaDB servers,
    /// Cosmos DB accounts, Redis caches, container groups and registries, Service Bus namespaces, Event Grid domains and
    /// topics, CDN profiles, API Management services, Batch accounts, DNS and private DNS zones, assessments, policy assignments.
    /// </summary>
    public int ServicesPerType { get; init; } = 2;

    /// <summary>
    /// Children of each kind under each parent: a storage account's containers, shares, queues and tables; a server's
    /// databases; a namespace's queues and topics and a topic's subscriptions; a zone's records beyond the apex ones; …
    /// </summary>
    public int ChildrenPerParent { get; init; } = 2;

    public int RoleAssignmentsPerSubscription { get; init; } = 10;

    /// <summary>
    /// Only the organization and the app: every family's count is zero, so a benchmark or test sets just the ones it
    /// collects (Azure's per-subscription sizes keep their defaults and apply once it sets <see cref="Subscriptions"/>).
    /// </summary>
    public static GeneratorOptions Empty { get; } = new()
    {
        Users = 0,
        Groups = 0,
        Memberships = 0,
        Devices = 0,
        ManagedDevices = 0,
        DetectedAppsPerDevice = 0,
        ManagedApps = 0,
        CompliancePolicies = 0,
        DeviceConfigurations = 0,
        DefenderMachines = 0,
        Subscriptions = 0,
    };

    /// <summary>A few dozen of everything: every integration has data to collect.</summary>
    public static GeneratorOptions Demo { get; } = new()
    {
        Users = 60,
        Groups = 15,
        Memberships = 180,
        GroupDeviceMembers = 6,
        Devices = 40,
        ManagedDevices = 30,
        DetectedAppsPerDevice = 6,
        ManagedApps = 12,
        CompliancePolicies = 4,
        DeviceConfigurations = 4,
        DefenderMachines = 30,
        VulnerabilitiesPerMachine = 5,
        LogonUsersPerMachine = 2,
        Subscriptions = 2,
        ResourceGroupsPerSubscription = 3,
        ResourcesPerType = 5,
        SqlDatabasesPerServer = 2,
        ServicesPerType = 2,
        ChildrenPerParent = 2,
        RoleAssignmentsPerSubscription = 12,
    };
}
