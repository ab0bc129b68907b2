using TenantGraph.Core.Configuration;
using TenantGraph.Emulator;
using TenantGraph.Emulator.Data;
using TenantGraph.Microsoft.Credentials;
using TenantGraph.Microsoft.Http;

namespace TenantGraph.Microsoft.Tests.Support;

/// <summary>
/// An emulator for one test, over a tenant and server settings of the test's own (page sizes, nextLink styles),
/// with a client configured as <see cref="EmulatorFixture"/> configures its clients.
/// </summary>
internal sealed class OwnEmulator : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("tg-microsoft-own-").FullName;

    private OwnEmulator(EmulatorHost host)
    {
        Host = host;
        host.WriteCaCertificatePem(CaFile);
    }

    public EmulatorHost Host { get; }

    private string CaFile => Path.Combine(_directory, "emulator-ca.pem");

    public static async Task<OwnEmulator> StartAsync(TenantData tenant, Func<EmulatorOptions, EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { Tenant = tenant, Throttling = ThrottlingOptions.Disabled };
        return new OwnEmulator(await EmulatorHost.StartAsync(configure is null ? options : configure(options), Timeouts.Token()));
    }

    /// <summary>A tenant whose app holds <paramref name="permissions"/>; the test adds the objects.</summary>
    public static TenantData Tenant(params string[] permissions) => new(new TenantInfo
    {
        TenantId = TestTenant.TenantId,
        Domains = ["contoso.test"],
        Apps = [new AppRegistration { ClientId = TestTenant.ClientId, ClientSecret = TestTenant.ClientSecret, GrantedPermissions = permissions }],
    });

    public MicrosoftApiClient Client(Func<MicrosoftApiClientOptions, MicrosoftApiClientOptions>? configure = null) => MicrosoftApiClient.Create((configure ?? (o => o))(new MicrosoftApiClientOptions
    {
        Credential = new MicrosoftCredentialOptions(TestTenant.TenantId, TestTenant.ClientId, new Secret(TestTenant.ClientSecret)),
        Endpoints = CloudEndpoints.Custom("cloud", "test",
            login: Host.LoginUrl.ToString(), graph: Host.GraphUrl.ToString(),
            resourceManager: Host.ResourceManagerUrl.ToString(), defender: Host.DefenderUrl.ToString()),
        Tls = new TlsOptions(CaFile),
        Budgets = new Throttling.ThrottleBudgets { Enabled = false },
    }));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
