using TenantGraph.Core.Graph;
using TenantGraph.Store;

// Starts a run of the instance and stages entities without end, so that the test can kill it mid-load.
// Prints "loading <run id>" once the first 20,000 entities are staged.
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: TenantGraph.Store.Tests.Writer <store> <instance>");
    return 2;
}

await using var store = await GraphStoreFactory.OpenAsync(args[0], CancellationToken.None);
var run = await store.BeginRunAsync(args[1], "test", CancellationToken.None);
await run.WriteEntitiesAsync(Endless(run.Run.Id), CancellationToken.None);
return 1;

static async IAsyncEnumerable<Entity> Endless(long runId)
{
    for (var i = 0L; ; i++)
    {
        if (i == 20_000)
        {
            await Console.Out.WriteLineAsync($"loading {runId}");
            await Console.Out.FlushAsync();
        }

        var properties = new PropertyBag();
        properties.Set("displayName", $"killed {i}");
        properties.Set("index", i);
        yield return new Entity($"killed-{i}", "test_user", ["User"], properties);
    }
}
