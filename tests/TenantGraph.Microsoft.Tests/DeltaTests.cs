using System.Text.Json;
using TenantGraph.Microsoft.Delta;
using TenantGraph.Microsoft.Tests.Support;

namespace TenantGraph.Microsoft.Tests;

public sealed class DeltaTests(EmulatorFixture cloud) : IClassFixture<EmulatorFixture>
{
    private static readonly DeltaRequest Users = new("/users/delta", "User.Read.All") { Select = ["id", "displayName"] };

    private static readonly DeltaRequest Groups = new("/groups/delta", "GroupMember.Read.All") { Select = ["id", "displayName", "members"] };

    private static HashSet<string> LiveIds(EmulatorFixture cloud, string path) =>
        [.. cloud.Host.Admin.Tenant.GetObjects(path).Select(o => o["id"]!.GetValue<string>())];

    private static async Task<(Dictionary<string, JsonElement> Objects, DeltaRound<JsonElement> Round)> ApplyAsync(
        MicrosoftApiClient client, DeltaRequest request, Dictionary<string, JsonElement> objects)
    {
        var round = client.DeltaRaw(request);
        if (round.Kind != DeltaSyncKind.Incremental)
        {
            objects.Clear();
        }

        await foreach (var change in round.ReadAsync(Timeouts.Token()))
        {
            if (round.Kind == DeltaSyncKind.FullAfterExpiredLink && change.Raw.ValueKind == JsonValueKind.Undefined)
            {
                continue;
            }

            if (change.IsRemoved)
            {
                objects.Remove(change.Id);
            }
            else
            {
                objects[change.Id] = change.Raw;
            }
        }

        return (objects, round);
    }

    [Fact]
    public async Task Users_delta_rounds_track_adds_changes_and_removals()
    {
        cloud.Reset();
        using var client = cloud.Client();
        var (users, first) = await ApplyAsync(client, Users, []);
        Assert.Equal(DeltaSyncKind.Full, first.Kind);
        Assert.Equal(LiveIds(cloud, "graph/v1.0/users"), users.Keys.ToHashSet());

        var summary = cloud.Host.Admin.Mutate(5, seed: 42);
        var (after, second) = await ApplyAsync(client, Users with { PreviousDeltaLink = first.DeltaLink }, users);

        Assert.True(summary.Added + summary.Deleted > 0);
        Assert.Equal(DeltaSyncKind.Incremental, second.Kind);
        Assert.Equal(LiveIds(cloud, "graph/v1.0/users"), after.Keys.ToHashSet());
        Assert.NotEqual(first.DeltaLink, second.DeltaLink);
    }

    [Fact]
    public async Task Incremental_round_brings_only_the_changes()
    {
        cloud.Reset();
        using var client = cloud.Client();
        var (_, first) = await ApplyAsync(client, Users, []);

        var changes = await client.DeltaRaw(Users with { PreviousDeltaLink = first.DeltaLink }).ReadAsync(Timeouts.Token()).CountAsync();

        Assert.Equal(0, changes);
    }

    [Fact]
    public async Task Expired_delta_link_falls_back_to_a_full_listing_and_says_so()
    {
        cloud.Reset();
        using var client = cloud.Client();
        var (_, first) = await ApplyAsync(client, Users, []);
        cloud.Host.Admin.ExpireAllDeltaTokens();

        var (users, second) = await ApplyAsync(client, Users with { PreviousDeltaLink = first.DeltaLink }, []);

        Assert.Equal(DeltaSyncKind.FullAfterExpiredLink, second.Kind);
        Assert.Equal(LiveIds(cloud, "graph/v1.0/users"), users.Keys.ToHashSet());
        Assert.NotNull(second.DeltaLink);
    }

    [Fact]
    public async Task Group_delta_carries_membership_changes()
    {
        cloud.Reset();
        using var client = cloud.Client();
        var members = new Dictionary<string, HashSet<string>>();
        async Task<DeltaRound<JsonElement>> RoundAsync(DeltaRequest request)
        {
            var round = client.DeltaRaw(request);
            await foreach (var change in round.ReadAsync(Timeouts.Token()))
            {
                if (change.IsRemoved)
                {
                    members.Remove(change.Id);
                    continue;
                }

                // The same group may come back on later pages with more members: merge.
                var set = members.TryGetValue(change.Id, out var existing) ? existing : members[change.Id] = [];
                foreach (var member in change.Members)
                {
                    if (member.Removed)
                    {
                        set.Remove(member.Id);
                    }
                    else
                    {
                        set.Add(member.Id);
                    }
                }
            }

            return round;
        }

        var first = await RoundAsync(Groups);
        cloud.Host.Admin.Mutate(10, seed: 7);
        await RoundAsync(Groups with { PreviousDeltaLink = first.DeltaLink });

        var expected = LiveIds(cloud, "graph/v1.0/groups").ToDictionary(id => id, id => LiveIds(cloud, $"graph/v1.0/groups/{id}/members"));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), members.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, pair => Assert.Equal(pair.Value.Order(StringComparer.Ordinal), members[pair.Key].Order(StringComparer.Ordinal)));
    }
}
