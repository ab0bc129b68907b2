using TenantGraph.Microsoft.Delta;
using TenantGraph.Microsoft.Tests.Support;

namespace TenantGraph.Microsoft.Tests;

public sealed class JsonFileDeltaLinkStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("tg-delta-").FullName;

    [Fact]
    public async Task Links_are_kept_per_instance_and_resource_across_store_instances()
    {
        var path = Path.Combine(_directory, "delta.json");
        await new JsonFileDeltaLinkStore(path).SetAsync("contoso", "users", "https://g/users/delta?$deltatoken=1", Timeouts.Token());
        await new JsonFileDeltaLinkStore(path).SetAsync("contoso", "groups", "https://g/groups/delta?$deltatoken=2", Timeouts.Token());

        var store = new JsonFileDeltaLinkStore(path);

        Assert.Equal("https://g/users/delta?$deltatoken=1", await store.GetAsync("contoso", "users", Timeouts.Token()));
        Assert.Equal("https://g/groups/delta?$deltatoken=2", await store.GetAsync("contoso", "groups", Timeouts.Token()));
        Assert.Null(await store.GetAsync("fabrikam", "users", Timeouts.Token()));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
