using TenantGraph.Emulator;
using TenantGraph.Microsoft.Batching;
using TenantGraph.Microsoft.Tests.Support;

namespace TenantGraph.Microsoft.Tests;

public sealed class BatchTests(EmulatorFixture cloud) : IClassFixture<EmulatorFixture>
{
    private static IEnumerable<KeyedListRequest> MembersOfEveryGroup(int pageSize = 50) =>
        Enumerable.Range(0, TestTenant.Groups).Select(g => new KeyedListRequest(TestTenant.GroupId(g),
            new ListRequest(MicrosoftApi.Graph, $"/groups/{TestTenant.GroupId(g)}/members", "GroupMember.Read.All")
            {
                Select = ["id", "displayName"],
                PageSize = pageSize,
            }));

    private static Dictionary<string, List<string>> ExpectedMembers() =>
        Enumerable.Range(0, TestTenant.Groups).ToDictionary(
            g => TestTenant.GroupId(g),
            g => Enumerable.Range(0, TestTenant.MembersPerGroup).Select(m => TestTenant.UserId(((g * 7) + m) % TestTenant.Users)).Order(StringComparer.Ordinal).ToList());

    private async Task<Dictionary<string, List<string>>> CollectAsync(MicrosoftApiClient client, Dictionary<string, int>? lastPages = null)
    {
        var members = new Dictionary<string, List<string>>();
        await foreach (var page in client.ListEachAsync(MembersOfEveryGroup(), TestJsonContext.Default.DirectoryObject, Timeouts.Token()))
        {
            if (!members.TryGetValue(page.Key, out var list))
            {
                members[page.Key] = list = [];
            }

            list.AddRange(page.Items.Select(i => i.Id));
            if (page.IsLast && lastPages is not null)
            {
                lastPages[page.Key] = lastPages.GetValueOrDefault(page.Key) + 1;
            }
        }

        return members.ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Members_of_every_group_arrive_through_batches_of_twenty()
    {
        cloud.Reset();
        using var client = cloud.Client();
        var lastPages = new Dictionary<string, int>();

        var members = await CollectAsync(client, lastPages);

        Assert.Equal(ExpectedMembers(), members);
        Assert.All(lastPages.Values, count => Assert.Equal(1, count));
        // 60 groups × 3 pages of 50 = 180 listings' pages, 20 per $batch.
        Assert.Equal(9, client.TotalsFor(MicrosoftApi.Graph).Metrics.Requests);
    }

    [Fact]
    public async Task Members_after_a_429_are_still_collected()
    {
        cloud.Reset();
        cloud.Host.Admin.Faults = new FaultOptions { ThrottleRate = 0.3, Seed = 17 };
        using var client = cloud.Client();

        var members = await CollectAsync(client);

        Assert.Equal(ExpectedMembers(), members);
        Assert.True(client.TotalsFor(MicrosoftApi.Graph).ThrottledResponses > 0);
    }

    [Fact]
    public async Task Members_after_failed_batch_items_and_resets_are_still_collected()
    {
        cloud.Reset();
        cloud.Host.Admin.Faults = new FaultOptions { ServerErrorRate = 0.3, ConnectionResetRate = 0.1, Seed = 19 };
        using var client = cloud.Client();

        var members = await CollectAsync(client);

        Assert.Equal(ExpectedMembers(), members);
    }

    [Fact]
    public async Task A_batch_item_that_keeps_failing_fails_after_the_retry_limit_naming_the_request()
    {
        cloud.Reset();
        cloud.Host.Admin.Faults = new FaultOptions { ServerErrorRate = 1 };
        using var client = cloud.Client(o => o with { MaxRetries = 3 });
        var group = TestTenant.GroupId(0);
        var request = new KeyedListRequest(group, new ListRequest(MicrosoftApi.Graph, $"/groups/{group}/members", "GroupMember.Read.All"));

        var error = await Assert.ThrowsAsync<Core.Errors.ProviderApiException>(() => client.ListEachRawAsync([request], Timeouts.Token()).ToListAsync().AsTask());

        Assert.Equal($"/groups/{group}/members", error.Path);
        Assert.Equal("GET", error.Method);
        Assert.True(error.IsTransient);
        Assert.Contains(error.Status, new System.Net.HttpStatusCode?[] { System.Net.HttpStatusCode.ServiceUnavailable, System.Net.HttpStatusCode.GatewayTimeout });
        Assert.StartsWith($"GET /groups/{group}/members returned 50", error.Message, StringComparison.Ordinal);
        Assert.Equal((4, 3), (client.TotalsFor(MicrosoftApi.Graph).Metrics.Requests, client.TotalsFor(MicrosoftApi.Graph).Metrics.Retries));
    }

    [Fact]
    public async Task Each_wait_for_a_batch_item_is_capped_at_the_maximum_retry_delay()
    {
        cloud.Reset();
        cloud.Host.Admin.Faults = new FaultOptions { ServerErrorRate = 1 };
        var maxDelay = TimeSpan.FromMilliseconds(1500);
        using var client = cloud.Client(o => o with { MaxRetries = 4, BaseRetryDelay = TimeSpan.FromSeconds(10), MaxRetryDelay = maxDelay });
        var group = TestTenant.GroupId(1);
        var request = new KeyedListRequest(group, new ListRequest(MicrosoftApi.Graph, $"/groups/{group}/members", "GroupMember.Read.All"));
        var started = cloud.Clock.GetUtcNow();

        await Assert.ThrowsAsync<Core.Errors.ProviderApiException>(() => client.ListEachRawAsync([request], Timeouts.Token()).ToListAsync().AsTask());

        // Four waits, none longer than the cap (one extra millisecond each for rounding up to whole milliseconds).
        Assert.InRange(cloud.Clock.GetUtcNow() - started, TimeSpan.Zero, (maxDelay + TimeSpan.FromMilliseconds(1)) * 4);
    }

    [Fact]
    public async Task A_403_inside_a_batch_is_an_authorization_error()
    {
        cloud.Reset();
        cloud.Host.Admin.Deny("GroupMember.Read.All", "Group.Read.All");
        using var client = cloud.Client();

        var error = await Assert.ThrowsAsync<Core.Errors.ProviderAuthorizationException>(() => CollectAsync(client));

        Assert.Contains("grant GroupMember.Read.All", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("/members", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_group_is_an_empty_listing_when_the_request_allows_it()
    {
        cloud.Reset();
        using var client = cloud.Client();
        var request = new KeyedListRequest("gone", new ListRequest(MicrosoftApi.Graph, "/groups/gone/members", "GroupMember.Read.All") { NotFoundIsEmpty = true });

        var page = Assert.Single(await client.ListEachRawAsync([request], Timeouts.Token()).ToListAsync());

        Assert.Equal(("gone", 0, true), (page.Key, page.Items.Count, page.IsLast));
    }
}
