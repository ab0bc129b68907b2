using System.Globalization;
using System.Text.Json.Nodes;
using TenantGraph.Emulator.Data;

namespace TenantGraph.Emulator.Tests.Support;

/// <summary>Small hand-built tenants whose exact contents the tests know.</summary>
internal static class TestTenants
{
    public const string TenantId = "6b1f3c2a-0d4e-4f5a-9b8c-7d6e5f4a3b2c";
    public const string ClientId = "0f0e0d0c-0b0a-4909-8807-060504030201";
    public const string Secret = "emulator-test-secret";
    public const string SubscriptionId = "4a3b2c1d-0e9f-4a8b-8c7d-6e5f4a3b2c1d";

    public static readonly string[] AllPermissions =
    [
        "User.Read.All", "Group.Read.All", "GroupMember.Read.All", "Device.Read.All", "Organization.Read.All",
        "DeviceManagementManagedDevices.Read.All", "DeviceManagementConfiguration.Read.All", "DeviceManagementApps.Read.All",
        "DeviceManagementServiceConfig.Read.All", "Machine.Read.All", "Vulnerability.Read.All", "*/read",
    ];

    public static string UserId(int i) => new Guid(i, 0x1111, 0x2222, [1, 2, 3, 4, 5, 6, 7, 8]).ToString();

    public static string GroupId(int i) => new Guid(i, 0x3333, 0x4444, [1, 2, 3, 4, 5, 6, 7, 8]).ToString();

    public static TenantData Create(int users = 250, int machines = 25, int nsgs = 30, IReadOnlyList<string>? permissions = null, bool intuneLicensed = true, bool premiumLicensed = true)
    {
        var data = new TenantData(new TenantInfo
        {
            TenantId = TenantId,
            DisplayName = "Emulator Test Tenant",
            Domains = ["emulatortest.onmicrosoft.com"],
            IntuneLicensed = intuneLicensed,
            PremiumLicensed = premiumLicensed,
            Apps = [new AppRegistration { ClientId = ClientId, ClientSecret = Secret, ObjectId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", GrantedPermissions = permissions ?? AllPermissions }],
        });
        data.Add("graph/v1.0/organization", new JsonObject { ["id"] = TenantId, ["displayName"] = "Emulator Test Tenant" });
        for (var i = 0; i < users; i++)
        {
            data.Add("graph/v1.0/users", new JsonObject
            {
                ["id"] = UserId(i),
                ["displayName"] = $"User {i:D3}",
                ["userPrincipalName"] = $"user{i:D3}@emulatortest.onmicrosoft.com",
                ["department"] = i % 2 == 0 ? "Sales" : "Engineering",
                ["accountEnabled"] = i % 10 != 0,
            });
        }

        for (var g = 0; g < 3; g++)
        {
            data.Add("graph/v1.0/groups", new JsonObject { ["id"] = GroupId(g), ["displayName"] = $"Group {g}", ["securityEnabled"] = true });
            for (var m = 0; m < 5; m++)
            {
                var user = (g * 10) + m;
                data.Add($"graph/v1.0/groups/{GroupId(g)}/members", new JsonObject
                {
                    ["@odata.type"] = "#microsoft.graph.user",
                    ["id"] = UserId(user),
                    ["displayName"] = $"User {user:D3}",
                });
            }
        }

        data.SetSingleton("graph/v1.0/deviceManagement", new JsonObject { ["intuneAccountId"] = "7b521133-f056-40a9-b639-b76afd67e4bb" });
        for (var d = 0; d < 3; d++)
        {
            data.Add("graph/beta/deviceManagement/managedDevices", new JsonObject { ["id"] = $"d{d}", ["deviceName"] = $"LAPTOP-{d}", ["operatingSystem"] = "Windows" });
        }

        for (var m = 0; m < machines; m++)
        {
            data.Add("defender/api/machines", new JsonObject
            {
                ["id"] = m.ToString("x40", CultureInfo.InvariantCulture),
                ["computerDnsName"] = $"host{m}",
                ["healthStatus"] = m % 3 == 0 ? "Inactive" : "Active",
            });
        }

        data.Add("arm/subscriptions", new JsonObject { ["id"] = $"/subscriptions/{SubscriptionId}", ["subscriptionId"] = SubscriptionId, ["displayName"] = "Test subscription" });
        for (var n = 0; n < nsgs; n++)
        {
            var group = n % 2 == 0 ? "rg-even" : "rg-odd";
            data.Add($"arm/subscriptions/{SubscriptionId}/providers/Microsoft.Network/networkSecurityGroups", new JsonObject
            {
                ["id"] = $"/subscriptions/{SubscriptionId}/resourceGroups/{group}/providers/Microsoft.Network/networkSecurityGroups/nsg-{n}",
                ["name"] = $"nsg-{n}",
                ["type"] = "Microsoft.Network/networkSecurityGroups",
                ["location"] = "eastus",
                ["properties"] = new JsonObject
                {
                    ["securityRules"] = new JsonArray(new JsonObject
                    {
                        ["id"] = $"/subscriptions/{SubscriptionId}/resourceGroups/{group}/providers/Microsoft.Network/networkSecurityGroups/nsg-{n}/securityRules/allow-https",
                        ["name"] = "allow-https",
                        ["properties"] = new JsonObject { ["destinationPortRange"] = "443", ["access"] = "Allow" },
                    }),
                },
            });
        }

        return data;
    }
}
