using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TenantGraph.Store.Postgres;
using TenantGraph.Store.Tests.Support;

namespace TenantGraph.Store.Tests;

/// <summary>The store contract on the test PostgreSQL server, in a schema of its own per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresGraphStoreTests : GraphStoreContract
{
    private readonly PostgresServer _server;

    public PostgresGraphStoreTests(PostgresServer server)
    {
        _server = server;
    }

    protected override int CurrentSchemaVersion => PostgresSchema.Migrations.Count;

    protected override Task<string> NewStoreSpecAsync() => _server.CreateSchemaAsync();

    protected override async Task WriteSchemaVersionAsync(string storeSpec, int version)
    {
        await using var dialect = new PostgresDialect(new NpgsqlConnectionStringBuilder(storeSpec), NullLogger.Instance, TimeProvider.System);
        await using var connection = new NpgsqlConnection(storeSpec);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var create = new NpgsqlCommand(PostgresSql.CreateSchemaVersion, connection, transaction))
        {
            await create.ExecuteNonQueryAsync();
        }

        if (version <= PostgresSchema.Migrations.Count)
        {
            await dialect.MigrateToAsync(connection, transaction, version, CancellationToken.None);
        }
        else
        {
            await using var newer = new NpgsqlCommand(CommonSql.WriteSchemaVersion, connection, transaction);
            newer.Parameters.AddWithValue("version", version);
            await newer.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    protected override async Task<int> ReadSchemaVersionAsync(string storeSpec)
    {
        await using var connection = new NpgsqlConnection(storeSpec);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand(CommonSql.ReadSchemaVersion, connection);
        return Convert.ToInt32(await read.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    protected override async Task<IReadOnlyList<(string Name, string Definition)>> ReadHistoryIndexesAsync(string storeSpec)
    {
        await using var connection = new NpgsqlConnection(storeSpec);
        await connection.OpenAsync();
        var indexes = new List<(string, string)>();
        foreach (var table in new[] { "entity_versions", "relationship_versions" })
        {
            await using var read = new NpgsqlCommand(PostgresSql.IndexesOf, connection);
            read.Parameters.AddWithValue("table", table);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        return indexes;
    }

    // The server ends the killed writer's session (and drops its advisory lock) once it reads the closed socket;
    // taking the same lock blocks until then.
    protected override async Task WaitForWriterGoneAsync(string storeSpec, string instance)
    {
        await using var connection = new NpgsqlConnection(storeSpec);
        await connection.OpenAsync(Timeouts.Token());
        await using var wait = new NpgsqlCommand(
            "SELECT pg_advisory_lock(hashtextextended(current_schema() || ':' || @instance, 0)); " + PostgresSql.UnlockInstance,
            connection);
        wait.Parameters.AddWithValue("instance", instance);
        await wait.ExecuteNonQueryAsync(Timeouts.Token());
    }
}
