using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using TenantGraph.Core.Configuration;
using TenantGraph.Emulator;
using TenantGraph.Emulator.Data;
using TenantGraph.Microsoft.Credentials;
using TenantGraph.Microsoft.Http;

namespace TenantGraph.Microsoft.Tests.Support;

/// <summary>
/// An emulator whose tenant has one user and three apps: one signing in with <see cref="TestTenant.ClientSecret"/>,
/// one disabled, and one whose registered certificate this fixture made and wrote as PEM (certificate and key),
/// beside an expired certificate for the same key that is not registered anywhere.
/// </summary>
public sealed class SignInFixture : IAsyncLifetime
{
    public const string DisabledClientId = "7d3c1a2b-0000-4000-8000-0000000d15ab";
    public const string CertificateClientId = "7d3c1a2b-0000-4000-8000-0000000ce271";

    private readonly string _directory = Directory.CreateTempSubdirectory("tg-signin-").FullName;

    internal AutoAdvancingTimeProvider Clock { get; } = new();

    internal EmulatorHost Host { get; private set; } = null!; // set in InitializeAsync, before any test runs

    internal string CertificatePath => Path.Combine(_directory, "client.pem");

    internal string ExpiredCertificatePath => Path.Combine(_directory, "client-expired.pem");

    private string CaFile => Path.Combine(_directory, "emulator-ca.pem");

    public async Task InitializeAsync()
    {
        using var key = RSA.Create(2048);
        var now = Clock.GetUtcNow();
        var registered = WriteCertificate(key, CertificatePath, now.AddDays(-1), now.AddDays(30));
        WriteCertificate(key, ExpiredCertificatePath, now.AddDays(-30), now.AddDays(-1));

        var tenant = new TenantData(new TenantInfo
        {
            TenantId = TestTenant.TenantId,
            Domains = ["contoso.test"],
            Apps =
            [
                new AppRegistration { ClientId = TestTenant.ClientId, ClientSecret = TestTenant.ClientSecret, GrantedPermissions = TestTenant.Permissions },
                new AppRegistration { ClientId = DisabledClientId, ClientSecret = TestTenant.ClientSecret, GrantedPermissions = TestTenant.Permissions, Enabled = false },
                new AppRegistration { ClientId = CertificateClientId, CertificatesPem = [registered], GrantedPermissions = TestTenant.Permissions },
            ],
        });
        tenant.Add("graph/v1.0/users", new JsonObject { ["id"] = TestTenant.UserId(0), ["displayName"] = "User 0" });
        Host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Tenant = tenant,
            TimeProvider = Clock,
            Throttling = ThrottlingOptions.Disabled,
            AccessTokenLifetime = TimeSpan.FromDays(30),
        }, Timeouts.Token());
        Host.WriteCaCertificatePem(CaFile);
    }

    internal static MicrosoftCredentialOptions Secret(string secret, string tenantId = TestTenant.TenantId, string clientId = TestTenant.ClientId) =>
        new(tenantId, clientId, new Secret(secret));

    internal MicrosoftCredentialOptions Certificate(string path) => new(TestTenant.TenantId, CertificateClientId, CertificatePath: path);

    internal MicrosoftApiClient Client(MicrosoftCredentialOptions credential) => MicrosoftApiClient.Create(new MicrosoftApiClientOptions
    {
        Credential = credential,
        Endpoints = CloudEndpoints.Custom("cloud", "test",
            login: Host.LoginUrl.ToString(), graph: Host.GraphUrl.ToString(),
            resourceManager: Host.ResourceManagerUrl.ToString(), defender: Host.DefenderUrl.ToString()),
        Tls = new TlsOptions(CaFile),
        Budgets = new Throttling.ThrottleBudgets { Enabled = false },
    }, time: Clock);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    // The file holds certificate and private key, as certificatePath expects; the emulator is given the certificate only.
    private static string WriteCertificate(RSA key, string path, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var request = new CertificateRequest("CN=TenantGraph test collector", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        var pem = certificate.ExportCertificatePem();
        File.WriteAllText(path, pem + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n");
        return pem;
    }
}
