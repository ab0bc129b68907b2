using TenantGraph.Core.JobStates;

namespace TenantGraph.Core.Tests.JobStates;

public sealed class KeyIndexTests
{
    [Fact]
    public void Every_key_keeps_its_location_as_the_index_grows()
    {
        var keys = Enumerable.Range(0, 200_000).Select(i => $"key-{i}").ToArray();
        var index = new KeyIndex();
        for (var i = 0; i < keys.Length; i++)
        {
            index.Add(keys[i], new ObjectLocation(i / 500, i % 500, i));
        }

        var wrong = keys.Where((key, i) => index.Find(key, o => keys[o]) is var o && (o < 0 || index.LocationOf(o) != new ObjectLocation(i / 500, i % 500, i)));
        Assert.Empty(wrong);
    }

    [Fact]
    public void An_absent_key_is_not_found()
    {
        string[] keys = ["alpha", "beta"];
        var index = new KeyIndex();
        index.Add(keys[0], new ObjectLocation(0, 0, 1));
        index.Add(keys[1], new ObjectLocation(0, 1, 1));
        Assert.Equal(-1, index.Find("gamma", o => keys[o]));
    }

    [Fact]
    public void A_key_is_confirmed_against_the_stored_key_not_only_its_fingerprint()
    {
        var index = new KeyIndex();
        index.Add("alpha", new ObjectLocation(0, 0, 1));
        Assert.Equal(-1, index.Find("alpha", _ => "something else"));
    }
}
