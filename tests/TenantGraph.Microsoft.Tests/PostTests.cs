using TenantGraph.Core.Errors;
using TenantGraph.Emulator;
using TenantGraph.Microsoft.Tests.Support;
using TenantGraph.Microsoft.Throttling;

namespace TenantGraph.Microsoft.Tests;

/// <summary><see cref="MicrosoftApiClient.PostAsync"/> against Defender's advanced hunting (<c>POST /api/advancedqueries/run</c>).</summary>
public sealed class PostTests(EmulatorFixture cloud) : IClassFixture<EmulatorFixture>
{
    private const string Permission = "AdvancedQuery.Read.All";

    private static readonly ListRequest Run = new(MicrosoftApi.Defender, "/advancedqueries/run", Permission);

    private static readonly HuntingQuery AllLogons = new(
        "DeviceLogonEvents\n| summarize LastSeen = max(Timestamp) by DeviceId, AccountName");

    [Fact]
    public async Task Post_sends_its_body_as_JSON_and_reads_the_answer()
    {
        cloud.Reset();
        using var client = cloud.Client();
        var machine = TestTenant.MachineId(1);
        var query = new HuntingQuery(
            $"DeviceLogonEvents\n| where DeviceId == \"{machine}\"\n| summarize LastSeen = max(Timestamp) by DeviceId, AccountName");

        var result = await PostAsync(client, query);

        Assert.NotNull(result);
        var row = Assert.Single(result.Value.Results);
        Assert.Equal((machine, "user1"), (row.DeviceId, row.AccountName));
    }

    [Fact]
    public async Task Posts_wait_for_the_advanced_hunting_budget()
    {
        cloud.Reset(new ThrottlingOptions { DefenderCallsPerMinute = 2 });
        using var client = cloud.Client(o => o with { Budgets = new ThrottleBudgets { DefenderHuntingCallsPerMinute = 2 } });
        var throttledBefore = cloud.Host.Counters.Throttled(EmulatorApi.Defender);

        for (var i = 0; i < 3; i++)
        {
            var result = await PostAsync(client, AllLogons);
            Assert.NotNull(result);
            Assert.Equal(TestTenant.LogonMachines, result.Value.Results.Count);
        }

        Assert.True(client.TotalsFor(MicrosoftApi.Defender).Metrics.ThrottleWaits > 0);
        Assert.Equal(throttledBefore, cloud.Host.Counters.Throttled(EmulatorApi.Defender));
    }

    [Fact]
    public async Task Posts_share_the_Defender_budget_with_reads()
    {
        cloud.Reset(new ThrottlingOptions { DefenderCallsPerMinute = 2 });
        using var client = cloud.Client(o => o with { Budgets = new ThrottleBudgets { DefenderCallsPerMinute = 2 } });
        var throttledBefore = cloud.Host.Counters.Throttled(EmulatorApi.Defender);
        var machines = new ListRequest(MicrosoftApi.Defender, "/machines", "Machine.Read.All");

        Assert.Equal(TestTenant.Machines, await client.ListRawAsync(machines, Timeouts.Token()).CountAsync());
        await PostAsync(client, AllLogons);
        await PostAsync(client, AllLogons);

        Assert.True(client.TotalsFor(MicrosoftApi.Defender).Metrics.ThrottleWaits > 0);
        Assert.Equal(throttledBefore, cloud.Host.Counters.Throttled(EmulatorApi.Defender));
    }

    [Fact]
    public async Task Forbidden_post_throws_an_authorization_error_naming_the_permission()
    {
        cloud.Reset();
        cloud.Host.Admin.Deny(Permission);
        using var client = cloud.Client();

        var error = await Assert.ThrowsAsync<ProviderAuthorizationException>(() => PostAsync(client, AllLogons));

        Assert.Equal(Permission, error.RequiredPermission);
        Assert.Equal("POST", error.Method);
    }

    private static Task<Core.Graph.ApiObject<HuntingResult>?> PostAsync(MicrosoftApiClient client, HuntingQuery query) =>
        client.PostAsync(Run, query, TestJsonContext.Default.HuntingQuery, TestJsonContext.Default.HuntingResult, Timeouts.Token());
}
