using System.Net;
using System.Net.Sockets;
using Npgsql;
using TenantGraph.Store.Postgres;

namespace TenantGraph.Store.Tests.Support;

/// <summary>
/// The PostgreSQL server of the test run: the one named by TENANTGRAPH_TEST_POSTGRES (a connection URL), or a
/// throwaway cluster this fixture creates with initdb in a temp directory, starts on a free loopback port, and
/// stops and deletes at the end. Each test gets its own schema.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string ServerVariable = "TENANTGRAPH_TEST_POSTGRES";
    private DirectoryInfo? _cluster;
    private string? _pgCtl;
    private NpgsqlConnectionStringBuilder _server = new();

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        if (Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } url)
        {
            _server = PostgresConnectionSpec.Parse(url);
            return;
        }

        var bin = Directory.EnumerateDirectories("/usr/lib/postgresql").Order().LastOrDefault() is { } version
            ? Path.Combine(version, "bin")
            : throw new InvalidOperationException($"No PostgreSQL server: install postgresql or set {ServerVariable}.");
        _pgCtl = Path.Combine(bin, "pg_ctl");
        _cluster = Directory.CreateTempSubdirectory("tenantgraph-pg-");
        var data = Path.Combine(_cluster.FullName, "data");
        var port = FreePort();
        // initdb refuses to run as root; the cluster then belongs to the postgres user.
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await ProcessRunner.RunAsync("chown", ["postgres", _cluster.FullName], timeout.Token);
        }

        await PgAsync(asRoot, Path.Combine(bin, "initdb"),
            ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"], timeout.Token);
        await PgAsync(asRoot, _pgCtl,
        [
            "-D", data, "-l", Path.Combine(_cluster.FullName, "server.log"), "-w", "start", "-o",
            $"-p {port} -k {_cluster.FullName} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c full_page_writes=off",
        ], timeout.Token);
        _server = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres",
        };
    }

    /// <summary>A fresh schema on the server; the connection string selects it as the search path.</summary>
    public async Task<string> CreateSchemaAsync()
    {
        var schema = $"t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(_server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_server.ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_cluster is null || _pgCtl is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await PgAsync(Environment.UserName == "root", _pgCtl,
            ["-D", Path.Combine(_cluster.FullName, "data"), "-m", "immediate", "-w", "stop"], timeout.Token);
        _cluster.Delete(recursive: true);
    }

    private static Task PgAsync(bool asRoot, string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        asRoot
            ? ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments], cancellationToken)
            : ProcessRunner.RunAsync(program, arguments, cancellationToken);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
