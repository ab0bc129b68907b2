using Microsoft.Extensions.Logging;
using TenantGraph.Core.Configuration;
using TenantGraph.Emulator;
using TenantGraph.Microsoft.Credentials;
using TenantGraph.Microsoft.Http;

namespace TenantGraph.Microsoft.Tests.Support;

/// <summary>
/// One emulator per test class on 127.0.0.1 over https, trusting its CA through <c>tls.caFile</c> as a user would,
/// with the client and the emulator sharing one auto-advancing clock.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("tg-microsoft-").FullName;

    internal AutoAdvancingTimeProvider Clock { get; } = new();

    internal EmulatorHost Host { get; private set; } = null!; // set in InitializeAsync, before any test runs

    internal string CaFile => Path.Combine(_directory, "emulator-ca.pem");

    public async Task InitializeAsync()
    {
        Host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Tenant = TestTenant.Create(),
            TimeProvider = Clock,
            Throttling = ThrottlingOptions.Disabled,
            // Azure.Identity caches tokens by the real clock while the emulator expires them by the virtual one,
            // which pacing moves forward by minutes or hours; a long lifetime keeps the two from disagreeing.
            AccessTokenLifetime = TimeSpan.FromDays(30),
        }, Timeouts.Token());
        Host.WriteCaCertificatePem(CaFile);
    }

    /// <summary>Clears faults and throttling left by the previous test of the class.</summary>
    internal void Reset(ThrottlingOptions? throttling = null)
    {
        Host.Admin.Faults = FaultOptions.None;
        Host.Admin.Throttling = throttling ?? ThrottlingOptions.Disabled;
    }

    internal CloudEndpoints Endpoints => CloudEndpoints.Custom("cloud", "test",
        login: Host.LoginUrl.ToString(), graph: Host.GraphUrl.ToString(),
        resourceManager: Host.ResourceManagerUrl.ToString(), defender: Host.DefenderUrl.ToString());

    internal MicrosoftApiClient Client(Func<MicrosoftApiClientOptions, MicrosoftApiClientOptions>? configure = null,
        string secret = TestTenant.ClientSecret, string tenantId = TestTenant.TenantId, ILoggerFactory? loggerFactory = null)
    {
        var options = new MicrosoftApiClientOptions
        {
            Credential = new MicrosoftCredentialOptions(tenantId, TestTenant.ClientId, new Secret(secret)),
            Endpoints = Endpoints,
            Tls = new TlsOptions(CaFile),
            Budgets = new Throttling.ThrottleBudgets { Enabled = false },
            // Fault tests fail up to 40% of requests at random, and which request draws a fault depends on how
            // concurrent calls interleave; twelve retries make exhausting them by chance negligible. Tests about
            // the retry limit set their own.
            MaxRetries = 12,
        };
        return MicrosoftApiClient.Create(configure is null ? options : configure(options), loggerFactory, Clock);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
