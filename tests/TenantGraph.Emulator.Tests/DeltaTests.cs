using System.Net;
using System.Text.Json;
using TenantGraph.Emulator.Tests.Support;

namespace TenantGraph.Emulator.Tests;

public sealed class DeltaTests
{
    [Fact]
    public async Task Initial_users_delta_pages_through_every_user_and_ends_with_a_delta_link()
    {
        await using var host = await StartAsync();
        using var client = new EmulatorClient(host);

        var (items, deltaLink) = await RoundAsync(client, "graph/v1.0/users/delta");

        Assert.Equal(Enumerable.Range(0, 250).Select(TestTenants.UserId), items.Select(i => i.GetProperty("id").GetString()));
        Assert.Contains("$deltatoken=", deltaLink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delta_link_after_mutate_returns_exactly_the_added_changed_and_removed_users()
    {
        await using var host = await StartAsync();
        using var client = new EmulatorClient(host);
        var (_, deltaLink) = await RoundAsync(client, "graph/v1.0/users/delta");
        var before = host.Admin.Tenant.GetObjects("graph/v1.0/users").ToDictionary(u => u["id"]!.GetValue<string>(), u => u.ToJsonString());

        var summary = host.Admin.Mutate(10, seed: 3);
        var (changes, _) = await RoundAsync(client, deltaLink);

        var after = host.Admin.Tenant.GetObjects("graph/v1.0/users").ToDictionary(u => u["id"]!.GetValue<string>(), u => u.ToJsonString());
        var removed = changes.Where(c => c.TryGetProperty("@removed", out _)).Select(c => c.GetProperty("id").GetString()!).ToHashSet();
        var upserted = changes.Where(c => !c.TryGetProperty("@removed", out _)).Select(c => c.GetProperty("id").GetString()!).ToHashSet();
        Assert.Equal(before.Keys.Except(after.Keys).ToHashSet(), removed);
        Assert.Equal(after.Where(a => !before.TryGetValue(a.Key, out var old) || old != a.Value).Select(a => a.Key).ToHashSet(), upserted);
        Assert.True(summary.Added > 0 && summary.Changed > 0 && summary.Deleted > 0);
    }

    [Fact]
    public async Task Deleted_users_leave_every_group_they_were_in()
    {
        await using var host = await StartAsync();
        var tenant = host.Admin.Tenant;
        var before = tenant.GetObjects("graph/v1.0/users").Select(u => u["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);

        host.Admin.Mutate(30, seed: 7);

        var live = tenant.GetObjects("graph/v1.0/users").Select(u => u["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var members = tenant.CollectionPaths.Where(p => p.EndsWith("/members", StringComparison.Ordinal))
            .SelectMany(tenant.GetObjects).Select(m => m["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(before.Except(live));
        Assert.Empty(members.Intersect(before.Except(live)));
    }

    [Fact]
    public async Task Delta_link_with_no_changes_returns_nothing()
    {
        await using var host = await StartAsync();
        using var client = new EmulatorClient(host);
        var (_, deltaLink) = await RoundAsync(client, "graph/v1.0/users/delta");

        var (changes, _) = await RoundAsync(client, deltaLink);

        Assert.Empty(changes);
    }

    [Fact]
    public async Task Groups_delta_reports_members_added_and_removed()
    {
        await using var host = await StartAsync();
        using var client = new EmulatorClient(host);
        var (initial, deltaLink) = await RoundAsync(client, "graph/v1.0/groups/delta");
        var firstGroup = initial.Single(g => g.GetProperty("id").GetString() == TestTenants.GroupId(0));
        Assert.Equal(5, firstGroup.GetProperty("members@delta").GetArrayLength());

        host.Admin.Mutate(100, seed: 5);
        var (changes, _) = await RoundAsync(client, deltaLink);

        var memberDeltas = changes.Where(g => g.TryGetProperty("members@delta", out _)).SelectMany(g => g.GetProperty("members@delta").EnumerateArray()).ToList();
        Assert.Contains(memberDeltas, m => m.TryGetProperty("@removed", out var removed) && removed.GetProperty("reason").GetString() == "deleted");
        Assert.Contains(memberDeltas, m => !m.TryGetProperty("@removed", out _) && m.GetProperty("@odata.type").GetString() == "#microsoft.graph.user");
    }

    [Fact]
    public async Task Invalid_delta_token_returns_410_syncStateNotFound()
    {
        await using var host = await StartAsync();
        using var client = new EmulatorClient(host);

        using var response = await client.GetAsync("graph/v1.0/users/delta?$deltatoken=not-a-token", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("syncStateNotFound", (await EmulatorClient.ReadJsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Delta_token_older_than_its_lifetime_returns_410()
    {
        var time = new ManualTimeProvider();
        await using var host = await StartAsync(time);
        using var client = new EmulatorClient(host);
        var (_, deltaLink) = await RoundAsync(client, "graph/v1.0/users/delta");

        time.Advance(TimeSpan.FromDays(8));
        using var laterClient = new EmulatorClient(host);
        using var response = await laterClient.GetAsync(deltaLink, EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task Expired_skip_token_returns_Directory_ExpiredPageToken()
    {
        await using var host = await StartAsync();
        using var client = new EmulatorClient(host);
        var first = await client.GetJsonAsync("graph/v1.0/users", EmulatorClient.GraphScope);

        host.Admin.ExpireAllPageTokens();
        using var response = await client.GetAsync(first.GetProperty("@odata.nextLink").GetString()!, EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Directory_ExpiredPageToken", (await EmulatorClient.ReadJsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Admin_mutate_endpoint_reports_what_changed()
    {
        await using var host = await StartAsync();
        using var client = new EmulatorClient(host);

        using var response = await client.Http.PostAsync(new Uri("_admin/mutate?percent=5&seed=1", UriKind.Relative), null, EmulatorClient.Timeout);

        var body = await EmulatorClient.ReadJsonAsync(response);
        Assert.True(body.GetProperty("added").GetInt32() + body.GetProperty("changed").GetInt32() + body.GetProperty("deleted").GetInt32() > 0);
    }

    private static Task<EmulatorHost> StartAsync(TimeProvider? time = null) =>
        EmulatorHost.StartAsync(new EmulatorOptions { Tenant = TestTenants.Create(), Throttling = ThrottlingOptions.Disabled, TimeProvider = time ?? TimeProvider.System }, EmulatorClient.Timeout);

    private static async Task<(List<JsonElement> Items, string DeltaLink)> RoundAsync(EmulatorClient client, string url)
    {
        var items = new List<JsonElement>();
        string? next = url;
        while (true)
        {
            var page = await client.GetJsonAsync(next, EmulatorClient.GraphScope);
            items.AddRange(page.GetProperty("value").EnumerateArray());
            if (page.TryGetProperty("@odata.deltaLink", out var deltaLink))
            {
                return (items, deltaLink.GetString()!);
            }

            next = page.GetProperty("@odata.nextLink").GetString()!;
        }
    }
}
