using System.Net;
using TenantGraph.Emulator.Tests.Support;

namespace TenantGraph.Emulator.Tests;

public sealed class GraphServingTests(SharedEmulator emulator) : IClassFixture<SharedEmulator>
{
    private EmulatorClient Client => emulator.Client;

    [Fact]
    public async Task Users_come_in_pages_of_100_whose_next_links_yield_every_user_once()
    {
        var (ids, pages) = await Client.GetAllIdsAsync("graph/v1.0/users", EmulatorClient.GraphScope);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 250).Select(TestTenants.UserId), ids);
    }

    [Fact]
    public async Task Top_999_returns_all_users_in_one_page()
    {
        var page = await Client.GetJsonAsync("graph/v1.0/users?$top=999", EmulatorClient.GraphScope);

        Assert.Equal(250, page.GetProperty("value").GetArrayLength());
        Assert.False(page.TryGetProperty("@odata.nextLink", out _));
    }

    [Fact]
    public async Task Top_above_999_on_users_is_a_bad_request()
    {
        using var response = await Client.GetAsync("graph/v1.0/users?$top=1000", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Next_link_keeps_the_select_of_the_first_request()
    {
        var first = await Client.GetJsonAsync("graph/v1.0/users?$select=displayName&$top=10", EmulatorClient.GraphScope);
        var second = await Client.GetJsonAsync(first.GetProperty("@odata.nextLink").GetString()!, EmulatorClient.GraphScope);

        var user = second.GetProperty("value")[0];
        Assert.Equal(["id", "displayName"], user.EnumerateObject().Select(p => p.Name));
        Assert.Equal(TestTenants.UserId(10), user.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Select_keeps_only_the_listed_fields_and_the_id()
    {
        var page = await Client.GetJsonAsync("graph/v1.0/users?$select=userPrincipalName,department", EmulatorClient.GraphScope);

        Assert.All(page.GetProperty("value").EnumerateArray(), user =>
            Assert.Equal(["id", "userPrincipalName", "department"], user.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Filter_eq_and_startswith_select_matching_users()
    {
        var page = await Client.GetJsonAsync("graph/v1.0/users?$filter=department eq 'Sales' and startswith(displayName,'User 00')&$top=999", EmulatorClient.GraphScope);

        Assert.Equal(
            ["User 000", "User 002", "User 004", "User 006", "User 008"],
            page.GetProperty("value").EnumerateArray().Select(u => u.GetProperty("displayName").GetString()));
    }

    [Fact]
    public async Task Count_without_ConsistencyLevel_eventual_is_a_bad_request()
    {
        using var response = await Client.GetAsync("graph/v1.0/users?$count=true", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Count_with_ConsistencyLevel_eventual_returns_odata_count()
    {
        var page = await Client.GetJsonAsync("graph/v1.0/users?$count=true&$filter=accountEnabled ne true", EmulatorClient.GraphScope, ("ConsistencyLevel", "eventual"));

        Assert.Equal(25, page.GetProperty("@odata.count").GetInt32());
    }

    [Fact]
    public async Task Single_user_is_served_by_id()
    {
        var user = await Client.GetJsonAsync($"graph/v1.0/users/{TestTenants.UserId(7)}", EmulatorClient.GraphScope);

        Assert.Equal("User 007", user.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Unknown_user_id_returns_Request_ResourceNotFound()
    {
        using var response = await Client.GetAsync($"graph/v1.0/users/{Guid.Empty}", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Request_ResourceNotFound", (await EmulatorClient.ReadJsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Group_members_are_served_from_their_collection_file()
    {
        var (ids, _) = await Client.GetAllIdsAsync($"graph/v1.0/groups/{TestTenants.GroupId(1)}/members?$top=999", EmulatorClient.GraphScope);

        Assert.Equal(Enumerable.Range(10, 5).Select(TestTenants.UserId), ids);
    }

    [Fact]
    public async Task Managed_devices_written_for_beta_are_served_on_v1_too()
    {
        var (ids, _) = await Client.GetAllIdsAsync("graph/v1.0/deviceManagement/managedDevices", EmulatorClient.GraphScope);

        Assert.Equal(["d0", "d1", "d2"], ids);
    }

    [Fact]
    public async Task Singleton_resource_is_served_with_select()
    {
        var deviceManagement = await Client.GetJsonAsync("graph/v1.0/deviceManagement?$select=intuneAccountId", EmulatorClient.GraphScope);

        Assert.Equal("7b521133-f056-40a9-b639-b76afd67e4bb", deviceManagement.GetProperty("intuneAccountId").GetString());
    }

    [Fact]
    public async Task Missing_bearer_token_returns_InvalidAuthenticationToken()
    {
        using var response = await Client.Http.GetAsync(new Uri("graph/v1.0/users", UriKind.Relative), EmulatorClient.Timeout);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("InvalidAuthenticationToken", (await EmulatorClient.ReadJsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Token_for_the_ARM_audience_is_refused_by_Graph()
    {
        using var response = await Client.GetAsync("graph/v1.0/users", EmulatorClient.ArmScope);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Graph_responses_carry_the_resource_unit_cost()
    {
        using var response = await Client.GetAsync("graph/v1.0/users?$select=id", EmulatorClient.GraphScope);

        Assert.Equal("1", response.Headers.GetValues("x-ms-resource-unit").Single());
    }

    [Fact]
    public async Task Plain_http_listener_serves_the_same_routes()
    {
        using var http = new HttpClient { BaseAddress = emulator.Host.HttpBaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, "graph/v1.0/organization");
        request.Headers.Authorization = new("Bearer", await Client.GetTokenAsync(EmulatorClient.GraphScope));

        using var response = await http.SendAsync(request, EmulatorClient.Timeout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
