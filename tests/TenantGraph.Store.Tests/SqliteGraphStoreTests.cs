using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Store.Sqlite;
using TenantGraph.Store.Tests.Support;

namespace TenantGraph.Store.Tests;

/// <summary>The store contract on a SQLite file in a temp directory per test.</summary>
public sealed class SqliteGraphStoreTests : GraphStoreContract, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("tenantgraph-sqlite-");

    protected override int CurrentSchemaVersion => SqliteSchema.Migrations.Count;

    protected override Task<string> NewStoreSpecAsync() =>
        Task.FromResult(Path.Combine(_directory.FullName, $"{Guid.NewGuid():N}.db"));

    protected override async Task WriteSchemaVersionAsync(string storeSpec, int version)
    {
        var dialect = new SqliteDialect(storeSpec, NullLogger.Instance, TimeProvider.System);
        await using var connection = await dialect.OpenSqliteAsync(CancellationToken.None);
        await using var transaction = connection.BeginTransaction();
        await using (var create = new SqliteCommand(SqliteSql.CreateSchemaVersion, connection, transaction))
        {
            await create.ExecuteNonQueryAsync();
        }

        if (version <= SqliteSchema.Migrations.Count)
        {
            await dialect.MigrateToAsync(connection, transaction, version, CancellationToken.None);
        }
        else
        {
            await using var newer = new SqliteCommand(CommonSql.WriteSchemaVersion, connection, transaction);
            newer.Parameters.AddWithValue("@version", version);
            await newer.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    protected override async Task<int> ReadSchemaVersionAsync(string storeSpec)
    {
        await using var connection = new SqliteConnection($"Data Source={storeSpec};Pooling=False");
        await connection.OpenAsync();
        await using var read = new SqliteCommand(CommonSql.ReadSchemaVersion, connection);
        return Convert.ToInt32(await read.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Versions_stored_under_schema_3_survive_the_copy_that_drops_the_primary_key()
    {
        var spec = await NewStoreSpecAsync();
        await WriteSchemaVersionAsync(spec, 3);
        await using (var connection = new SqliteConnection($"Data Source={spec};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var insert = new SqliteCommand(
                """
                INSERT INTO runs (instance, integration, started_on, ended_on, status, entity_count, relationship_count)
                VALUES ('contoso', 'test', 1, 2, 'succeeded', 2, 1);
                INSERT INTO entity_versions VALUES ('contoso', 'user-1', 1, NULL, 'test_user', '["User"]', '{"displayName":"One"}', NULL, x'01');
                INSERT INTO entity_versions VALUES ('contoso', 'user-2', 1, NULL, 'test_user', '["User"]', '{"displayName":"Two"}', NULL, x'02');
                INSERT INTO relationship_versions VALUES ('contoso', 'user-1|has|user-2', 1, NULL, 'test_user_has_user', 'HAS',
                    'user-1', 'user-2', NULL, '{}', x'03');
                """, connection);
            await insert.ExecuteNonQueryAsync();
        }

        await using var store = await GraphStoreFactory.OpenAsync(spec, Timeouts.Token());

        Assert.Equal(SqliteSchema.Migrations.Count, await ReadSchemaVersionAsync(spec));
        Assert.Equal(["One", "Two"], (await store.EntitiesAsync(1)).Select(e => e.DisplayName));
        Assert.Equal("user-2", Assert.Single(await store.RelationshipsAsync(1)).ToKey);
        var next = await store.StoreRunAsync("contoso", [Samples.User("2")]);
        // user-1 and the relationship to it.
        Assert.Equal(2, (await store.DiffAsync("contoso", 1, next.Id, Timeouts.Token())).Count(Diff.ChangeKind.Deleted));
    }

    protected override async Task<IReadOnlyList<(string Name, string Definition)>> ReadHistoryIndexesAsync(string storeSpec)
    {
        await using var connection = new SqliteConnection($"Data Source={storeSpec};Pooling=False");
        await connection.OpenAsync();
        var indexes = new List<(string, string)>();
        foreach (var table in new[] { "entity_versions", "relationship_versions" })
        {
            await using var read = new SqliteCommand(SqliteSql.IndexesOf, connection);
            read.Parameters.AddWithValue("@table", table);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        return indexes;
    }

    // The kernel drops a dead process's file lock as it reaps it, before the writer's exit is reported.
    protected override Task WaitForWriterGoneAsync(string storeSpec, string instance) => Task.CompletedTask;

    public void Dispose() => _directory.Delete(recursive: true);
}
