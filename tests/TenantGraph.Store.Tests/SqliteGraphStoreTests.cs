using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Store.Sqlite;

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
            await using var newer = new SqliteCommand(SqliteSql.WriteSchemaVersion, connection, transaction);
            newer.Parameters.AddWithValue("@version", version);
            await newer.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    protected override async Task<int> ReadSchemaVersionAsync(string storeSpec)
    {
        await using var connection = new SqliteConnection($"Data Source={storeSpec};Pooling=False");
        await connection.OpenAsync();
        await using var read = new SqliteCommand(SqliteSql.ReadSchemaVersion, connection);
        return Convert.ToInt32(await read.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    // The kernel drops a dead process's file lock as it reaps it, before the writer's exit is reported.
    protected override Task WaitForWriterGoneAsync(string storeSpec, string instance) => Task.CompletedTask;

    public void Dispose() => _directory.Delete(recursive: true);
}
