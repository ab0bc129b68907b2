using System.Net;
using TenantGraph.Emulator.Tests.Support;

namespace TenantGraph.Emulator.Tests;

public sealed class RouteRuleTests
{
    private static async Task<(EmulatorHost Host, EmulatorClient Client)> StartAsync(string[] permissions, bool premiumLicensed = true)
    {
        var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TestTenants.Create(users: 3, permissions: permissions, premiumLicensed: premiumLicensed) }, EmulatorClient.Timeout);
        return (host, new EmulatorClient(host));
    }

    [Fact]
    public async Task Known_collection_without_a_tenant_file_answers_an_empty_value()
    {
        var (host, client) = await StartAsync(["Directory.Read.All", "Vulnerability.Read.All"]);
        await using var _ = host;
        using var __ = client;

        var principals = await client.GetJsonAsync("graph/v1.0/servicePrincipals", EmulatorClient.GraphScope);
        var bulk = await client.GetJsonAsync("defender/api/vulnerabilities/machinesVulnerabilities", EmulatorClient.DefenderScope);

        Assert.Equal(0, principals.GetProperty("value").GetArrayLength());
        Assert.Equal(0, bulk.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task Unknown_segment_still_answers_Resource_not_found_for_the_segment()
    {
        var (host, client) = await StartAsync(["Directory.Read.All"]);
        await using var _ = host;
        using var __ = client;

        using var response = await client.GetAsync("graph/v1.0/servicePrincipalz", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Resource not found for the segment 'servicePrincipalz'.", (await EmulatorClient.ReadJsonAsync(response)).GetProperty("error").GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("defender/api/machines/SoftwareVulnerabilitiesByMachine")]
    [InlineData("defender/api/vulnerabilities/machinesVulnerabilities")]
    public async Task Bulk_vulnerability_exports_need_Vulnerability_Read_All_not_Machine_Read_All(string path)
    {
        var (host, client) = await StartAsync(["Machine.Read.All"]);
        await using var _ = host;
        using var __ = client;

        using var response = await client.GetAsync(path, EmulatorClient.DefenderScope);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Vulnerability.Read.All", (await EmulatorClient.ReadJsonAsync(response)).GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Selecting_signInActivity_without_AuditLog_Read_All_is_refused_as_Graph_refuses_it()
    {
        var (host, client) = await StartAsync(["User.Read.All"]);
        await using var _ = host;
        using var __ = client;

        using var response = await client.GetAsync("graph/v1.0/users?$select=id,signInActivity", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await EmulatorClient.ReadJsonAsync(response)).GetProperty("error");
        Assert.Equal("Authentication_MSGraphPermissionMissing", error.GetProperty("code").GetString());
        Assert.Equal("Calling principal does not have required MSGraph permissions AuditLog.Read.All", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Selecting_signInActivity_in_a_tenant_without_premium_is_refused_with_Graphs_licence_message()
    {
        var (host, client) = await StartAsync(["User.Read.All", "AuditLog.Read.All"], premiumLicensed: false);
        await using var _ = host;
        using var __ = client;

        using var response = await client.GetAsync("graph/v1.0/users?$select=id,signInActivity", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Neither tenant is B2C or tenant doesn't have premium license",
            (await EmulatorClient.ReadJsonAsync(response)).GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Selecting_signInActivity_with_AuditLog_Read_All_in_a_premium_tenant_is_allowed()
    {
        var (host, client) = await StartAsync(["User.Read.All", "AuditLog.Read.All"]);
        await using var _ = host;
        using var __ = client;

        var users = await client.GetJsonAsync("graph/v1.0/users?$select=id,signInActivity", EmulatorClient.GraphScope);

        Assert.Equal(3, users.GetProperty("value").GetArrayLength());
    }
}
