using System.Globalization;
using System.Text.Json.Nodes;
using TenantGraph.Core.Errors;
using TenantGraph.Emulator.Data;
using TenantGraph.Microsoft.Tests.Support;

namespace TenantGraph.Microsoft.Tests;

/// <summary>
/// Every paging style over a total that is an exact multiple of the page size: each object once, and exactly the
/// requests the style needs.
/// </summary>
public sealed class PagingTests
{
    private const int PageSize = 10;
    private const int Total = 30;
    private const string Subscription = TestTenant.SubscriptionId;

    private static readonly ListRequest Users = new(MicrosoftApi.Graph, "/users", "User.Read.All") { PageSize = PageSize };
    private static readonly ListRequest Machines = new(MicrosoftApi.Defender, "/machines", "Machine.Read.All") { PageSize = PageSize };

    private static readonly ListRequest ResourceGroups = new(MicrosoftApi.ResourceManager, $"/subscriptions/{Subscription}/resourceGroups",
        "Microsoft.Resources/subscriptions/resourceGroups/read") { ApiVersion = "2021-04-01" };

    private static readonly ListRequest Topics = new(MicrosoftApi.ResourceManager, $"/subscriptions/{Subscription}/providers/Microsoft.EventGrid/topics",
        "Microsoft.EventGrid/topics/read") { ApiVersion = "2022-06-15" };

    private static IEnumerable<string> Ids(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => $"{prefix}{i.ToString("D4", CultureInfo.InvariantCulture)}");

    [Fact]
    public async Task Graph_listing_of_an_exact_multiple_of_the_page_size_makes_one_request_per_page()
    {
        var tenant = OwnEmulator.Tenant("User.Read.All");
        foreach (var id in Ids("user-", Total))
        {
            tenant.Add("graph/v1.0/users", new JsonObject { ["id"] = id });
        }

        await using var cloud = await OwnEmulator.StartAsync(tenant);
        using var client = cloud.Client();

        var ids = await client.ListRawAsync(Users, Timeouts.Token()).Select(u => u.GetProperty("id").GetString()!).ToListAsync();

        Assert.Equal(Ids("user-", Total), ids);
        Assert.Equal(Total / PageSize, client.TotalsFor(MicrosoftApi.Graph).Metrics.Requests);
    }

    [Fact]
    public async Task Defender_listing_by_nextLinks_of_an_exact_multiple_of_the_page_size_makes_one_request_per_page()
    {
        await using var cloud = await OwnEmulator.StartAsync(DefenderTenant(), o => o with { DefenderNextLinks = true });
        using var client = cloud.Client();

        var ids = await client.ListRawAsync(Machines, Timeouts.Token()).Select(m => m.GetProperty("id").GetString()!).ToListAsync();

        Assert.Equal(Ids("machine-", Total), ids);
        Assert.Equal(Total / PageSize, client.TotalsFor(MicrosoftApi.Defender).Metrics.Requests);
    }

    [Fact]
    public async Task Defender_listing_by_skip_of_an_exact_multiple_of_the_page_size_ends_with_one_empty_request()
    {
        await using var cloud = await OwnEmulator.StartAsync(DefenderTenant(), o => o with { DefenderNextLinks = false });
        using var client = cloud.Client();

        var ids = await client.ListRawAsync(Machines, Timeouts.Token()).Select(m => m.GetProperty("id").GetString()!).ToListAsync();

        Assert.Equal(Ids("machine-", Total), ids);
        Assert.Equal((Total / PageSize) + 1, client.TotalsFor(MicrosoftApi.Defender).Metrics.Requests);
    }

    [Fact]
    public async Task Defender_listing_by_skip_stops_without_an_empty_request_when_the_count_says_all_were_read()
    {
        await using var cloud = await OwnEmulator.StartAsync(DefenderTenant(), o => o with { DefenderNextLinks = false });
        using var client = cloud.Client();
        var counted = Machines with { Query = new Dictionary<string, string> { ["$count"] = "true" } };

        var ids = await client.ListRawAsync(counted, Timeouts.Token()).Select(m => m.GetProperty("id").GetString()!).ToListAsync();

        Assert.Equal(Ids("machine-", Total), ids);
        Assert.Equal(Total / PageSize, client.TotalsFor(MicrosoftApi.Defender).Metrics.Requests);
    }

    [Fact]
    public async Task Resource_Manager_listing_of_an_exact_multiple_of_the_page_size_makes_one_request_per_page()
    {
        var tenant = OwnEmulator.Tenant("*/read");
        foreach (var name in Ids("rg-", Total))
        {
            tenant.Add($"arm/subscriptions/{Subscription}/resourceGroups", new JsonObject { ["id"] = $"/subscriptions/{Subscription}/resourceGroups/{name}", ["name"] = name });
        }

        await using var cloud = await OwnEmulator.StartAsync(tenant, o => o with { ArmPageSize = PageSize });
        using var client = cloud.Client();

        var names = await client.ListRawAsync(ResourceGroups, Timeouts.Token()).Select(g => g.GetProperty("name").GetString()!).ToListAsync();

        Assert.Equal(Ids("rg-", Total), names);
        Assert.Equal(Total / PageSize, client.TotalsFor(MicrosoftApi.ResourceManager).Metrics.Requests);
    }

    [Fact]
    public async Task Resource_Manager_listing_stops_at_a_nextLink_whose_continuation_token_is_null()
    {
        var tenant = OwnEmulator.Tenant("*/read");
        foreach (var name in Ids("topic-", 25))
        {
            tenant.Add($"arm/subscriptions/{Subscription}/providers/Microsoft.EventGrid/topics", new JsonObject
            {
                ["id"] = $"/subscriptions/{Subscription}/resourceGroups/rg/providers/Microsoft.EventGrid/topics/{name}",
                ["name"] = name,
            });
        }

        await using var cloud = await OwnEmulator.StartAsync(tenant, o => o with { ArmPageSize = PageSize, ArmNullContinuationProviders = ["Microsoft.EventGrid"] });
        using var client = cloud.Client();

        // At most ten pages, so that following the null continuation (which leads back to itself) fails, not hangs.
        var pages = await client.ListRawPagesAsync(Topics, null, Timeouts.Token()).Take(10).ToListAsync();

        Assert.Equal(Ids("topic-", 25), pages.SelectMany(p => p.Items).Select(t => t.GetProperty("name").GetString()!));
        Assert.Null(pages[^1].NextLink);
        Assert.Equal(3, client.TotalsFor(MicrosoftApi.ResourceManager).Metrics.Requests);
    }

    [Theory]
    [InlineData("https://management.azure.com/x?api-version=1&$skiptoken=", false)]
    [InlineData("https://management.azure.com/x?api-version=1&%24skipToken=null", false)]
    [InlineData("https://management.azure.com/x?api-version=1&$skiptoken=%5B%7B%22token%22%3Anull%2C%22range%22%3A%7B%22min%22%3A%22%22%7D%7D%5D", false)]
    [InlineData("https://management.azure.com/x?api-version=1&$skiptoken=%5B%7B%22token%22%3A%22%2BRID%3Aabc%22%7D%5D", true)]
    [InlineData("https://management.azure.com/x?api-version=1&$skiptoken=opaque123", true)]
    [InlineData("https://management.azure.com/x?api-version=1&$skip=100", true)]
    public void Resource_Manager_nextLink_continues_only_when_it_carries_a_token(string nextLink, bool continues)
    {
        Assert.Equal(continues, Paging.ArmContinuation.Continues(nextLink));
    }

    [Fact]
    public async Task Refused_read_names_the_permission_the_request_requires()
    {
        var tenant = DefenderTenant();
        await using var cloud = await OwnEmulator.StartAsync(tenant);
        cloud.Host.Admin.Deny("Machine.Read.All");
        using var client = cloud.Client();

        var error = await Assert.ThrowsAsync<ProviderAuthorizationException>(() => client.ListRawAsync(Machines, Timeouts.Token()).ToListAsync().AsTask());

        Assert.Equal("Machine.Read.All", error.RequiredPermission);
    }

    private static TenantData DefenderTenant()
    {
        var tenant = OwnEmulator.Tenant("Machine.Read.All");
        foreach (var id in Ids("machine-", Total))
        {
            tenant.Add("defender/api/machines", new JsonObject { ["id"] = id });
        }

        return tenant;
    }
}
