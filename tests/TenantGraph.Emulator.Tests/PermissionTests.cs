using System.Net;
using TenantGraph.Emulator.Tests.Support;

namespace TenantGraph.Emulator.Tests;

public sealed class PermissionTests
{
    [Fact]
    public async Task Denied_graph_permission_returns_Authorization_RequestDenied()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Tenant = TestTenants.Create(users: 5),
            Faults = new FaultOptions { DeniedPermissions = ["DeviceManagementManagedDevices.Read.All"] },
        }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var response = await client.GetAsync("graph/beta/deviceManagement/managedDevices", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await EmulatorClient.ReadJsonAsync(response)).GetProperty("error");
        Assert.Equal("Authorization_RequestDenied", error.GetProperty("code").GetString());
        Assert.Equal("Insufficient privileges to complete the operation.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Directory_Read_All_grants_users_and_group_members()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TestTenants.Create(users: 20, permissions: ["Directory.Read.All"]) }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var users = await client.GetAsync("graph/v1.0/users", EmulatorClient.GraphScope);
        using var members = await client.GetAsync($"graph/v1.0/groups/{TestTenants.GroupId(0)}/members", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Equal(HttpStatusCode.OK, members.StatusCode);
    }

    [Fact]
    public async Task Permission_denied_at_runtime_applies_to_tokens_already_issued()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TestTenants.Create(users: 5) }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        host.Admin.Deny("Machine.Read.All");
        using var response = await client.GetAsync("defender/api/machines", EmulatorClient.DefenderScope);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Machine.Read.All", (await EmulatorClient.ReadJsonAsync(response)).GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Denied_arm_action_returns_AuthorizationFailed_naming_action_and_scope()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Tenant = TestTenants.Create(users: 1),
            Faults = new FaultOptions { DeniedPermissions = ["Microsoft.Network/networkSecurityGroups/read"] },
        }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var response = await client.GetAsync($"arm/subscriptions/{TestTenants.SubscriptionId}/providers/Microsoft.Network/networkSecurityGroups?api-version=2023-09-01", EmulatorClient.ArmScope);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await EmulatorClient.ReadJsonAsync(response)).GetProperty("error");
        Assert.Equal("AuthorizationFailed", error.GetProperty("code").GetString());
        Assert.Contains($"perform action 'Microsoft.Network/networkSecurityGroups/read' over scope '/subscriptions/{TestTenants.SubscriptionId}'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tenant_without_Intune_licence_answers_Request_not_applicable()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TestTenants.Create(users: 1, intuneLicensed: false) }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var response = await client.GetAsync("graph/v1.0/deviceManagement?$select=intuneAccountId", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Request not applicable to target tenant.", (await EmulatorClient.ReadJsonAsync(response)).GetProperty("error").GetProperty("message").GetString());
    }
}
