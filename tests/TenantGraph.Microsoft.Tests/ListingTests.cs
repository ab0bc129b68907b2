using TenantGraph.Microsoft.Tests.Support;

namespace TenantGraph.Microsoft.Tests;

public sealed class ListingTests(EmulatorFixture cloud) : IClassFixture<EmulatorFixture>
{
    private static readonly ListRequest Users = new(MicrosoftApi.Graph, "/users", "User.Read.All")
    {
        Select = ["id", "displayName", "userPrincipalName"],
    };

    [Fact]
    public async Task Graph_listing_follows_nextLinks_to_every_user()
    {
        cloud.Reset();
        using var client = cloud.Client();

        var users = await client.ListAsync(Users, TestJsonContext.Default.User, Timeouts.Token()).ToListAsync();

        Assert.Equal(Expected.UserIds, users.Select(u => u.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Graph_pages_are_as_large_as_the_API_allows()
    {
        cloud.Reset();
        using var client = cloud.Client();

        var pages = await client.ListRawPagesAsync(Users, null, Timeouts.Token()).ToListAsync();

        Assert.Equal([999, TestTenant.Users - 999], pages.Select(p => p.Items.Count));
        Assert.NotNull(pages[0].NextLink);
        Assert.Null(pages[1].NextLink);
    }

    [Fact]
    public async Task Listing_can_resume_from_a_pages_nextLink()
    {
        cloud.Reset();
        using var client = cloud.Client();
        var first = await client.ListRawPagesAsync(Users, null, Timeouts.Token()).FirstAsync();

        var rest = await client.ListRawPagesAsync(Users, first.NextLink, Timeouts.Token()).ToListAsync();

        Assert.Equal(TestTenant.Users, first.Items.Count + rest.Sum(p => p.Items.Count));
    }

    [Fact]
    public async Task Resource_Manager_listing_follows_nextLink()
    {
        cloud.Reset();
        using var client = cloud.Client();
        var request = new ListRequest(MicrosoftApi.ResourceManager, $"/subscriptions/{TestTenant.SubscriptionId}/resourceGroups", "Microsoft.Resources/subscriptions/resourceGroups/read")
        {
            ApiVersion = "2021-04-01",
        };

        var groups = await client.ListAsync(request, TestJsonContext.Default.ResourceGroup, Timeouts.Token()).ToListAsync();

        Assert.Equal(TestTenant.ResourceGroups, groups.Select(g => g.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Defender_listing_pages_by_top_and_skip()
    {
        cloud.Reset();
        using var client = cloud.Client();
        var request = new ListRequest(MicrosoftApi.Defender, "/machines", "Machine.Read.All") { PageSize = 10 };

        var machines = await client.ListAsync(request, TestJsonContext.Default.Machine, Timeouts.Token()).ToListAsync();

        Assert.Equal(TestTenant.Machines, machines.Select(m => m.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Raw_objects_keep_the_JSON_beside_the_record()
    {
        cloud.Reset();
        using var client = cloud.Client();

        var first = await client.ListObjectsAsync(Users, TestJsonContext.Default.User, Timeouts.Token()).FirstAsync();

        Assert.Equal(first.Value.Id, first.Raw.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Missing_object_is_null_when_the_request_allows_it()
    {
        cloud.Reset();
        using var client = cloud.Client();
        var request = new ListRequest(MicrosoftApi.Graph, "/users/does-not-exist", "User.Read.All") { NotFoundIsEmpty = true };

        Assert.Null(await client.GetAsync(request, TestJsonContext.Default.User, Timeouts.Token()));
    }

    [Fact]
    public async Task Missing_object_throws_a_not_found_error_otherwise()
    {
        cloud.Reset();
        using var client = cloud.Client();
        var request = new ListRequest(MicrosoftApi.Graph, "/users/does-not-exist", "User.Read.All");

        var error = await Assert.ThrowsAsync<ProviderNotFoundException>(() => client.GetAsync(request, TestJsonContext.Default.User, Timeouts.Token()));

        Assert.Equal("/users/does-not-exist", error.Path);
    }

    [Fact]
    public async Task Client_counts_requests_and_bytes_per_API()
    {
        cloud.Reset();
        using var client = cloud.Client();
        var metrics = new Core.Steps.RequestMetrics();

        using (metrics.Activate())
        {
            await client.ListRawAsync(Users, Timeouts.Token()).CountAsync();
        }

        Assert.Equal(2, metrics.Requests);
        Assert.True(metrics.Bytes > 0);
        Assert.True(metrics.ResourceUnits > 0);
        Assert.Equal(2, client.TotalsFor(MicrosoftApi.Graph).Metrics.Requests);
    }
}

internal static class Expected
{
    public static IEnumerable<string> UserIds => Enumerable.Range(0, TestTenant.Users).Select(TestTenant.UserId).Order(StringComparer.Ordinal);
}
