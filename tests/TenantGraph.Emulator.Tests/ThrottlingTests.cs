using System.Net;
using TenantGraph.Emulator.Tests.Support;

namespace TenantGraph.Emulator.Tests;

public sealed class ThrottlingTests
{
    [Fact]
    public async Task Graph_answers_429_with_Retry_After_once_the_resource_unit_budget_is_spent()
    {
        var time = new ManualTimeProvider();
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Tenant = TestTenants.Create(users: 10),
            TimeProvider = time,
            Throttling = new ThrottlingOptions { GraphResourceUnitsPer10Seconds = 10 },
        }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        for (var i = 0; i < 5; i++)
        {
            using var allowed = await client.GetAsync("graph/v1.0/users", EmulatorClient.GraphScope);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var throttled = await client.GetAsync("graph/v1.0/users", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal("TooManyRequests", (await EmulatorClient.ReadJsonAsync(throttled)).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(1, host.Counters.Throttled(EmulatorApi.Graph));
    }

    [Fact]
    public async Task Graph_budget_refills_as_the_clock_advances()
    {
        var time = new ManualTimeProvider();
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Tenant = TestTenants.Create(users: 10),
            TimeProvider = time,
            Throttling = new ThrottlingOptions { GraphResourceUnitsPer10Seconds = 2 },
        }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);
        (await client.GetAsync("graph/v1.0/users", EmulatorClient.GraphScope)).Dispose();
        using (var throttled = await client.GetAsync("graph/v1.0/users", EmulatorClient.GraphScope))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        }

        time.Advance(TimeSpan.FromSeconds(10));
        using var response = await client.GetAsync("graph/v1.0/users", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Arm_allows_250_reads_then_429_until_the_bucket_refills()
    {
        var time = new ManualTimeProvider();
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TestTenants.Create(users: 1), TimeProvider = time }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);
        var url = $"arm/subscriptions/{TestTenants.SubscriptionId}/resourceGroups?api-version=2021-04-01";

        string? remaining = null;
        for (var i = 0; i < 250; i++)
        {
            using var allowed = await client.GetAsync(url, EmulatorClient.ArmScope);
            Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
            remaining = allowed.Headers.GetValues("x-ms-ratelimit-remaining-subscription-reads").Single();
        }

        using var throttled = await client.GetAsync(url, EmulatorClient.ArmScope);
        time.Advance(TimeSpan.FromSeconds(1));
        using var refilled = await client.GetAsync(url, EmulatorClient.ArmScope);

        Assert.Equal("0", remaining);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("SubscriptionRequestsThrottled", (await EmulatorClient.ReadJsonAsync(throttled)).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(TimeSpan.FromSeconds(1), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.NotFound, refilled.StatusCode);
    }

    [Fact]
    public async Task Defender_allows_100_calls_a_minute()
    {
        var time = new ManualTimeProvider();
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TestTenants.Create(users: 1, machines: 1), TimeProvider = time }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);
        for (var i = 0; i < 100; i++)
        {
            (await client.GetAsync("defender/api/machines", EmulatorClient.DefenderScope)).Dispose();
        }

        using var throttled = await client.GetAsync("defender/api/machines", EmulatorClient.DefenderScope);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull(throttled.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Intune_allows_1000_requests_per_20_seconds_per_app()
    {
        var time = new ManualTimeProvider();
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Tenant = TestTenants.Create(users: 1),
            TimeProvider = time,
            Throttling = new ThrottlingOptions { IntuneRequestsPer20Seconds = 20 },
        }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);
        for (var i = 0; i < 20; i++)
        {
            (await client.GetAsync("graph/beta/deviceManagement/managedDevices", EmulatorClient.GraphScope)).Dispose();
        }

        using var throttled = await client.GetAsync("graph/beta/deviceManagement/managedDevices", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
    }

    [Fact]
    public async Task Disabled_throttling_never_answers_429()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Tenant = TestTenants.Create(users: 1),
            Throttling = ThrottlingOptions.Disabled with { GraphResourceUnitsPer10Seconds = 1 },
        }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync("graph/v1.0/users", EmulatorClient.GraphScope);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
