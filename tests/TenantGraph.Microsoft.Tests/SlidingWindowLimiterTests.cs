using TenantGraph.Microsoft.Tests.Support;
using TenantGraph.Microsoft.Throttling;

namespace TenantGraph.Microsoft.Tests;

public sealed class SlidingWindowLimiterTests
{
    [Fact]
    public async Task Requests_within_the_budget_do_not_wait()
    {
        var clock = new AutoAdvancingTimeProvider();
        var limiter = new SlidingWindowLimiter("test", 10, TimeSpan.FromSeconds(10), clock);

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(TimeSpan.Zero, await limiter.AcquireAsync(1, Timeouts.Token()));
        }

        Assert.Equal(TimeSpan.Zero, clock.Elapsed);
    }

    [Fact]
    public async Task A_request_past_the_budget_waits_until_the_oldest_leaves_the_window()
    {
        var clock = new AutoAdvancingTimeProvider();
        var limiter = new SlidingWindowLimiter("test", 10, TimeSpan.FromSeconds(10), clock);
        await limiter.AcquireAsync(4, Timeouts.Token());
        clock.Advance(TimeSpan.FromSeconds(3));
        await limiter.AcquireAsync(6, Timeouts.Token());

        var waited = await limiter.AcquireAsync(2, Timeouts.Token());

        Assert.Equal(TimeSpan.FromSeconds(7), waited);
    }

    [Fact]
    public async Task A_servers_lower_remaining_count_makes_the_next_request_wait()
    {
        var clock = new AutoAdvancingTimeProvider();
        var limiter = new SlidingWindowLimiter("test", 100, TimeSpan.FromSeconds(10), clock);
        await limiter.AcquireAsync(1, Timeouts.Token());

        limiter.Remaining(0);

        Assert.True(await limiter.AcquireAsync(1, Timeouts.Token()) > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_block_holds_the_lane_for_the_retry_after()
    {
        var clock = new AutoAdvancingTimeProvider();
        var limiter = new SlidingWindowLimiter("test", 100, TimeSpan.FromSeconds(10), clock);

        limiter.Block(TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.FromSeconds(5), await limiter.AcquireAsync(1, Timeouts.Token()));
    }

    [Theory]
    [InlineData("/users", "?$top=999", 2)]
    [InlineData("/users", "?$select=id&$top=999", 1)]
    [InlineData("/groups/g1/members", "?$select=id", 2)]
    [InlineData("/groups/g1/transitiveMembers", "", 5)]
    [InlineData("/devices", "?$expand=registeredOwners", 2)]
    [InlineData("/devices", "?$select=id&$top=5", 1)]
    public void Resource_unit_estimate_follows_the_documented_costs(string path, string query, int cost) =>
        Assert.Equal(cost, ResourceUnitCost.Estimate(path, query));
}
