using TenantGraph.Store;
using TenantGraph.Store.Diff;

namespace TenantGraph.Cli.Tests;

/// <summary>Diff correctness over an emulator change round, for any store.</summary>
internal static class ChangeRoundDiff
{
    private const string Secret = "emulated-app-secret-81ac";

    /// <summary>
    /// Collects the emulated tenant into <paramref name="store"/> with <paramref name="collect"/>, lets the emulator
    /// add and remove users, collects again, and asserts that the store's diff names exactly those users.
    /// </summary>
    public static async Task AssertAsync(TempDirectory dir, string store, Func<string, Task<CliRun>> collect)
    {
        await using var cloud = await EmulatedTenant.StartAsync(dir, Secret);
        var config = cloud.WriteConfig(dir, "microsoft-365", Secret, store);
        var before = UserIds(cloud);
        Assert.Equal(0, (await collect(config)).ExitCode);

        cloud.Host.Admin.Mutate(percent: 30, seed: 3);
        var after = UserIds(cloud);
        Assert.Equal(0, (await collect(config)).ExitCode);

        await using var graph = await GraphStoreFactory.OpenAsync(store, CancellationToken.None);
        var diff = await graph.DiffAsync("contoso", null, null, CancellationToken.None);
        var users = diff.Entities.Where(c => c.Type == "azure_user").ToArray();
        Assert.Equal(after.Except(before).Order(), users.Where(c => c.Kind == ChangeKind.Created).Select(c => c.Key).Order());
        Assert.Equal(before.Except(after).Order(), users.Where(c => c.Kind == ChangeKind.Deleted).Select(c => c.Key).Order());
        Assert.NotEmpty(before.Except(after));
    }

    private static string[] UserIds(EmulatedTenant cloud) =>
        cloud.Tenant.GetObjects("graph/v1.0/users").Select(u => (string)u["id"]!).ToArray();
}
