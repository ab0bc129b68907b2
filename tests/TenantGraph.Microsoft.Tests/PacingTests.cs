using System.Text.Json.Nodes;
using TenantGraph.Emulator;
using TenantGraph.Microsoft.Tests.Support;
using TenantGraph.Microsoft.Throttling;

namespace TenantGraph.Microsoft.Tests;

public sealed class PacingTests(EmulatorFixture cloud) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Pacing_at_Microsofts_budgets_keeps_429s_under_one_percent()
    {
        // The emulator enforces the documented budgets; the client paces by the same figures.
        cloud.Reset(new ThrottlingOptions());
        using var client = cloud.Client(o => o with { Budgets = ThrottleBudgets.For(GraphTenantSize.Small) });
        var request = new ListRequest(MicrosoftApi.ResourceManager, $"/subscriptions/{TestTenant.SubscriptionId}/resourceGroups", "*/read")
        {
            ApiVersion = "2021-04-01",
        };
        var users = new ListRequest(MicrosoftApi.Graph, "/users", "User.Read.All") { PageSize = 5 };

        // One machine per page: 6 × 26 Defender calls is past its 100-a-minute budget.
        var machines = new ListRequest(MicrosoftApi.Defender, "/machines", "Machine.Read.All") { PageSize = 1 };

        var tasks = Enumerable.Range(0, 4).Select(_ => client.ListRawAsync(request, Timeouts.Token()).CountAsync().AsTask())
            .Concat(Enumerable.Range(0, 2).Select(_ => client.ListRawAsync(users, Timeouts.Token()).CountAsync().AsTask()))
            .Concat(Enumerable.Range(0, 6).Select(_ => client.ListRawAsync(machines, Timeouts.Token()).CountAsync().AsTask()));
        await Task.WhenAll(tasks);

        var apis = new[] { EmulatorApi.Arm, EmulatorApi.Graph, EmulatorApi.Defender };
        var requests = apis.Sum(cloud.Host.Counters.Requests);
        var throttled = apis.Sum(cloud.Host.Counters.Throttled);
        Assert.True(requests > 600, $"only {requests} requests");
        Assert.True(throttled * 100 < requests, $"{throttled} of {requests} requests were throttled");
        Assert.True(client.TotalsFor(MicrosoftApi.Defender).Metrics.ThrottleWaits > 0);
    }

    [Fact]
    public async Task Each_subscription_has_its_own_resource_manager_gate()
    {
        // One ARM request in flight per subscription; with latency, three subscriptions' requests still overlap.
        string[] subscriptions = ["5d1a0000-0000-4000-8000-000000000001", "5d1a0000-0000-4000-8000-000000000002", "5d1a0000-0000-4000-8000-000000000003"];
        var tenant = OwnEmulator.Tenant("*/read");
        foreach (var subscription in subscriptions)
        {
            tenant.Add($"arm/subscriptions/{subscription}/resourcegroups", new JsonObject { ["id"] = $"/subscriptions/{subscription}/resourceGroups/rg" });
        }

        await using var emulator = await OwnEmulator.StartAsync(tenant, o => o with { Faults = new FaultOptions { Latency = TimeSpan.FromMilliseconds(200) } });
        using var client = emulator.Client(o => o with { ResourceManagerConcurrency = 1 });

        await Task.WhenAll(subscriptions.SelectMany(s => Enumerable.Range(0, 3).Select(_ => client.ListRawAsync(
            new ListRequest(MicrosoftApi.ResourceManager, $"/subscriptions/{s}/resourcegroups", "*/read") { ApiVersion = "2021-04-01" },
            Timeouts.Token()).CountAsync().AsTask())));

        Assert.Equal(3, emulator.Host.Counters.PeakArmSubscriptionsInFlight);
        Assert.Equal(1, emulator.Host.Counters.PeakArmRequestsInFlightPerSubscription);
    }
}
