using System.Globalization;
using System.Text.Json.Nodes;
using TenantGraph.Emulator.Data;

namespace TenantGraph.Microsoft.Tests.Support;

/// <summary>A small, fixed tenant with every paging style in it. Ids are deterministic so assertions can name them.</summary>
internal static class TestTenant
{
    public const string TenantId = "0b9f7c1e-5a2d-4c3b-9e8f-1a2b3c4d5e6f";
    public const string ClientId = "7d3c1a2b-0000-4000-8000-00000000c11e";
    public const string ClientSecret = "emulator-only-secret-value";
    public const string SubscriptionId = "5c2b6f1e-1111-4222-8333-444455556666";
    public const int Users = 1_250;
    public const int Groups = 60;
    public const int MembersPerGroup = 120;
    public const int Machines = 25;

    /// <summary>The first machines, each with one logon user (<c>user{m}</c>).</summary>
    public const int LogonMachines = 3;
    public const int ResourceGroups = 2_300;

    public static readonly string[] Permissions =
    [
        "User.Read.All", "Group.Read.All", "GroupMember.Read.All", "Device.Read.All", "Organization.Read.All",
        "DeviceManagementManagedDevices.Read.All", "Machine.Read.All", "AdvancedQuery.Read.All", "*/read",
    ];

    public static TenantData Create()
    {
        var tenant = new TenantData(new TenantInfo
        {
            TenantId = TenantId,
            Domains = ["contoso.test"],
            Apps = [new AppRegistration { ClientId = ClientId, ClientSecret = ClientSecret, GrantedPermissions = Permissions }],
        });
        for (var i = 0; i < Users; i++)
        {
            tenant.Add("graph/v1.0/users", new JsonObject
            {
                ["id"] = UserId(i),
                ["displayName"] = $"User {i}",
                ["userPrincipalName"] = $"user{i}@contoso.test",
                ["accountEnabled"] = true,
            });
        }

        for (var g = 0; g < Groups; g++)
        {
            var groupId = GroupId(g);
            tenant.Add("graph/v1.0/groups", new JsonObject { ["id"] = groupId, ["displayName"] = $"Group {g}" });
            tenant.EnsureCollection($"graph/v1.0/groups/{groupId}/members");
            for (var m = 0; m < MembersPerGroup; m++)
            {
                tenant.Add($"graph/v1.0/groups/{groupId}/members", new JsonObject
                {
                    ["@odata.type"] = "#microsoft.graph.user",
                    ["id"] = UserId(((g * 7) + m) % Users),
                    ["displayName"] = $"User {((g * 7) + m) % Users}",
                });
            }
        }

        for (var d = 0; d < 40; d++)
        {
            tenant.Add("graph/v1.0/deviceManagement/managedDevices", new JsonObject
            {
                ["id"] = $"md-{d:D4}",
                ["deviceName"] = $"LAPTOP-{d:D4}",
                ["operatingSystem"] = "Windows",
            });
        }

        for (var m = 0; m < Machines; m++)
        {
            tenant.Add("defender/api/machines", new JsonObject
            {
                ["id"] = MachineId(m),
                ["computerDnsName"] = $"host{m}.contoso.test",
                ["osPlatform"] = "Windows11",
            });
        }

        // Advanced hunting's DeviceLogonEvents come from these lists.
        for (var m = 0; m < LogonMachines; m++)
        {
            tenant.Add($"defender/api/machines/{MachineId(m)}/logonusers", new JsonObject
            {
                ["id"] = $"contoso\\user{m}",
                ["accountName"] = $"user{m}",
                ["accountDomain"] = "contoso",
                ["accountSid"] = $"S-1-5-21-{m}",
                ["firstSeen"] = "2024-01-02T00:00:00Z",
                ["lastSeen"] = "2024-05-02T00:00:00Z",
                ["logonTypes"] = "Interactive",
            });
        }

        tenant.Add("arm/subscriptions", new JsonObject
        {
            ["id"] = $"/subscriptions/{SubscriptionId}",
            ["subscriptionId"] = SubscriptionId,
            ["displayName"] = "Production",
        });
        for (var r = 0; r < ResourceGroups; r++)
        {
            tenant.Add($"arm/subscriptions/{SubscriptionId}/resourceGroups", new JsonObject
            {
                ["id"] = $"/subscriptions/{SubscriptionId}/resourceGroups/rg-{r:D5}",
                ["name"] = $"rg-{r:D5}",
                ["location"] = "westeurope",
            });
        }

        return tenant;
    }

    public static string UserId(int i) => $"00000000-0000-4000-8000-{i:D12}";

    public static string MachineId(int m) => m.ToString("x40", CultureInfo.InvariantCulture);

    public static string GroupId(int g) => $"11111111-0000-4000-8000-{g:D12}";
}
