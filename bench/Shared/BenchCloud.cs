using TenantGraph.Core.Configuration;
using TenantGraph.Emulator;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Generation;
using TenantGraph.Microsoft;
using TenantGraph.Microsoft.Credentials;
using TenantGraph.Microsoft.Http;
using TenantGraph.Microsoft.Throttling;

namespace TenantGraph.Bench.Shared;

/// <summary>
/// The emulator on 127.0.0.1 with Microsoft's budgets and a fixed latency, and clients of it configured as a user
/// would: the custom endpoint preset and the emulator's CA file. Retry delays are the product's defaults.
/// </summary>
internal sealed class BenchCloud : IAsyncDisposable
{
    private readonly string _directory;
    private readonly MicrosoftApiClientOptions _options;

    private BenchCloud(EmulatorHost host, string directory, MicrosoftApiClientOptions options)
    {
        Host = host;
        _directory = directory;
        _options = options;
    }

    public EmulatorHost Host { get; }

    /// <summary>The budgets a client gets when nobody sets them, as the CLI does not.</summary>
    public ThrottleBudgets DefaultBudgets => _options.Budgets;

    public static async Task<BenchCloud> StartAsync(TenantData tenant, GeneratorOptions generator, TimeSpan latency)
    {
        var host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Tenant = tenant,
            Faults = new FaultOptions { Latency = latency },
            Throttling = new ThrottlingOptions { Enabled = true },
        }, CancellationToken.None);
        var directory = Directory.CreateTempSubdirectory("tenantgraph-bench-").FullName;
        var caFile = Path.Combine(directory, "emulator-ca.pem");
        host.WriteCaCertificatePem(caFile);
        var options = new MicrosoftApiClientOptions
        {
            Credential = new MicrosoftCredentialOptions(tenant.Info.TenantId, generator.ClientId, new Secret(generator.ClientSecret)),
            Endpoints = CloudEndpoints.Custom("bench", "bench", host.LoginUrl.ToString(), host.GraphUrl.ToString(),
                host.ResourceManagerUrl.ToString(), host.DefenderUrl.ToString()),
            Tls = new TlsOptions(caFile),
        };
        return new BenchCloud(host, directory, options);
    }

    /// <summary>A fresh client, so its pacing windows start empty; null keeps the client's default budgets.</summary>
    public MicrosoftApiClient CreateClient(ThrottleBudgets? budgets) =>
        MicrosoftApiClient.Create(budgets is null ? _options : _options with { Budgets = budgets });

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
