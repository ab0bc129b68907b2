using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Tests.Support;

namespace TenantGraph.Emulator.Tests;

public sealed class AdvancedHuntingTests
{
    private const string Run = "defender/api/advancedqueries/run";

    private const string LogonQuery = "DeviceLogonEvents\n| where ActionType == \"LogonSuccess\" and isnotempty(AccountName)\n"
        + "| summarize FirstSeen = min(Timestamp), LastSeen = max(Timestamp), LogonTypes = strcat_array(array_sort_asc(make_set(LogonType)), \", \") "
        + "by DeviceId, AccountDomain, AccountName, AccountSid";

    [Fact]
    public async Task Logon_summary_gives_back_each_machines_logon_users()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = Tenant(["AdvancedQuery.Read.All"]) }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var response = await PostAsync(client, LogonQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single((await EmulatorClient.ReadJsonAsync(response)).GetProperty("Results").EnumerateArray());
        Assert.Equal("a1", row.GetProperty("DeviceId").GetString());
        Assert.Equal("alice", row.GetProperty("AccountName").GetString());
        Assert.Equal("2024-01-02T00:00:00.0000000Z", row.GetProperty("FirstSeen").GetString());
        Assert.Equal("2024-05-02T00:00:00.0000000Z", row.GetProperty("LastSeen").GetString());
        Assert.Equal("Interactive, Network", row.GetProperty("LogonTypes").GetString());
    }

    [Fact]
    public async Task Query_on_another_table_is_a_400_with_Defenders_error_body()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = Tenant(["AdvancedQuery.Read.All"]) }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var response = await PostAsync(client, "DeviceProcessEvents | take 10");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadRequest", (await EmulatorClient.ReadJsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Advanced_hunting_needs_AdvancedQuery_Read_All()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = Tenant(["Machine.Read.All", "User.Read.All"]) }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var response = await PostAsync(client, LogonQuery);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Advanced_hunting_calls_count_in_the_Defender_budget()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Tenant = Tenant(["AdvancedQuery.Read.All"]),
            Throttling = new ThrottlingOptions { DefenderCallsPerMinute = 1 },
        }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var first = await PostAsync(client, LogonQuery);
        using var second = await PostAsync(client, LogonQuery);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((HttpStatusCode)429, second.StatusCode);
    }

    private static TenantData Tenant(IReadOnlyList<string> permissions)
    {
        var tenant = TestTenants.Create(users: 1, machines: 0, nsgs: 0, permissions: permissions);
        tenant.Add("defender/api/machines", new JsonObject { ["id"] = "a1", ["computerDnsName"] = "a1.contoso.test" });
        tenant.Add("defender/api/machines/a1/logonusers", new JsonObject
        {
            ["id"] = "contoso\\alice", ["accountName"] = "alice", ["accountDomain"] = "contoso", ["accountSid"] = "S-1-5-21-1",
            ["firstSeen"] = "2024-01-02T00:00:00Z", ["lastSeen"] = "2024-05-02T00:00:00Z", ["logonTypes"] = "Network, Interactive",
        });
        return tenant;
    }

    private static async Task<HttpResponseMessage> PostAsync(EmulatorClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Run) { Content = new StringContent(new JsonObject { ["Query"] = query }.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await client.GetTokenAsync(EmulatorClient.DefenderScope));
        return await client.Http.SendAsync(request, EmulatorClient.Timeout);
    }
}
