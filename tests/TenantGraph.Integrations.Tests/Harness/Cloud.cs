using TenantGraph.Emulator;
using TenantGraph.Emulator.Data;
using TenantGraph.Microsoft;
using TenantGraph.Microsoft.Credentials;
using TenantGraph.Microsoft.Http;

namespace TenantGraph.Integrations.Tests.Harness;

/// <summary>
/// The emulator started in-process on 127.0.0.1 for one test, and a client of it signed in as the tenant's first
/// app, through the custom endpoint preset and the emulator's CA, exactly as a user would configure it.
/// </summary>
internal sealed class Cloud : IAsyncDisposable
{
    private readonly string _directory;

    private Cloud(EmulatorHost host, string directory, MicrosoftApiClient client, TenantData tenant)
    {
        Host = host;
        _directory = directory;
        Client = client;
        Tenant = tenant;
    }

    public EmulatorHost Host { get; }

    public MicrosoftApiClient Client { get; }

    public TenantData Tenant { get; }

    public string TenantId => Tenant.Info.TenantId;

    /// <summary>A tenant folder committed under testdata/tenants (converted from the reference fixtures).</summary>
    public static TenantData Recorded(string name) =>
        TenantData.Load(Path.Combine(AppContext.BaseDirectory, "testdata", "tenants", name));

    public static async Task<Cloud> StartAsync(TenantData tenant, Func<EmulatorOptions, EmulatorOptions>? configure = null,
        Func<MicrosoftApiClientOptions, MicrosoftApiClientOptions>? configureClient = null)
    {
        var options = new EmulatorOptions { Tenant = tenant, Throttling = new ThrottlingOptions { Enabled = false } };
        var host = await EmulatorHost.StartAsync(configure?.Invoke(options) ?? options, Timeouts.Token());
        var directory = Directory.CreateTempSubdirectory("tenantgraph-cloud-").FullName;
        var caFile = Path.Combine(directory, "emulator-ca.pem");
        host.WriteCaCertificatePem(caFile);
        var app = tenant.Info.Apps[0];
        var clientOptions = new MicrosoftApiClientOptions
        {
            Credential = new MicrosoftCredentialOptions(tenant.Info.TenantId, app.ClientId,
                new Core.Configuration.Secret(app.ClientSecret ?? "unused")),
            Endpoints = CloudEndpoints.Custom("cloud", "test", host.LoginUrl.ToString(), host.GraphUrl.ToString(),
                host.ResourceManagerUrl.ToString(), host.DefenderUrl.ToString()),
            Tls = new TlsOptions(caFile),
            BaseRetryDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromMilliseconds(200),
            // Fault tests fail a quarter of requests at random; ten retries make exhausting them by chance negligible.
            MaxRetries = 10,
        };
        var client = MicrosoftApiClient.Create(configureClient?.Invoke(clientOptions) ?? clientOptions);
        return new Cloud(host, directory, client, tenant);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
