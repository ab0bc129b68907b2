using TenantGraph.Store.Tests.Support;

namespace TenantGraph.Cli.Tests;

/// <summary>
/// <c>collect</c> into the test PostgreSQL server. Each collector runs in a process of its own, in the test's
/// directory, where a PostgreSQL store's collector keeps its delta links.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDiffTests(PostgresServer server)
{
    [Fact]
    public async Task Diff_after_a_change_round_on_postgresql_reports_exactly_the_users_added_and_removed()
    {
        using var dir = new TempDirectory();
        await ChangeRoundDiff.AssertAsync(dir, await server.CreateSchemaAsync(),
            config => CliProcess.RunAsync(dir.Path, "collect", "--config", config, "--no-progress"));
    }
}
