using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Tests.Support;

namespace TenantGraph.Emulator.Tests;

public sealed class TokenEndpointTests(SharedEmulator emulator) : IClassFixture<SharedEmulator>
{
    private EmulatorClient Client => emulator.Client;

    [Fact]
    public async Task Client_secret_grant_returns_a_jwt_whose_roles_are_the_granted_permissions()
    {
        var token = await Client.GetTokenAsync("https://graph.microsoft.com/.default");

        var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[1])).RootElement;
        Assert.Equal("https://graph.microsoft.com", payload.GetProperty("aud").GetString());
        Assert.Equal(TestTenants.TenantId, payload.GetProperty("tid").GetString());
        Assert.Equal(TestTenants.ClientId, payload.GetProperty("appid").GetString());
        Assert.True(payload.GetProperty("exp").GetInt64() > DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.Equal(TestTenants.AllPermissions, payload.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Tenant_domain_name_is_accepted_in_place_of_the_tenant_id()
    {
        using var response = await Client.RequestTokenAsync(SecretForm(TestTenants.Secret), "emulatortest.onmicrosoft.com");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_tenant_returns_AADSTS90002()
    {
        using var response = await Client.RequestTokenAsync(SecretForm(TestTenants.Secret), "00000000-0000-0000-0000-000000000001");

        var body = await AssertIdentityErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request", 90002);
        Assert.StartsWith("AADSTS90002: Tenant '00000000-0000-0000-0000-000000000001' not found.", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_client_returns_AADSTS700016()
    {
        var form = SecretForm(TestTenants.Secret);
        form["client_id"] = "clientId";
        using var response = await Client.RequestTokenAsync(form);

        await AssertIdentityErrorAsync(response, HttpStatusCode.BadRequest, "unauthorized_client", 700016);
    }

    [Fact]
    public async Task Wrong_secret_returns_AADSTS7000215_with_401()
    {
        using var response = await Client.RequestTokenAsync(SecretForm("not-the-secret"));

        await AssertIdentityErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client", 7000215);
    }

    [Fact]
    public async Task Scope_without_default_suffix_returns_invalid_scope()
    {
        var form = SecretForm(TestTenants.Secret);
        form["scope"] = "https://graph.microsoft.com/User.Read.All";
        using var response = await Client.RequestTokenAsync(form);

        await AssertIdentityErrorAsync(response, HttpStatusCode.BadRequest, "invalid_scope", 1002012);
    }

    [Fact]
    public async Task Client_assertion_signed_by_the_registered_certificate_gets_a_token()
    {
        using var key = RSA.Create(2048);
        using var certificate = SelfSigned(key, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        await using var host = await StartWithCertificateAsync(certificate);
        using var client = new EmulatorClient(host);

        using var response = await client.RequestTokenAsync(AssertionForm(Assertion(key, certificate)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Client_assertion_from_an_expired_certificate_returns_AADSTS700027()
    {
        using var key = RSA.Create(2048);
        using var certificate = SelfSigned(key, DateTimeOffset.UtcNow.AddDays(-60), DateTimeOffset.UtcNow.AddDays(-1));
        await using var host = await StartWithCertificateAsync(certificate);
        using var client = new EmulatorClient(host);

        using var response = await client.RequestTokenAsync(AssertionForm(Assertion(key, certificate)));

        var body = await AssertIdentityErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client", 700027);
        Assert.Contains("The key used is expired.", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_assertion_signed_by_another_key_returns_AADSTS700027()
    {
        using var key = RSA.Create(2048);
        using var otherKey = RSA.Create(2048);
        using var certificate = SelfSigned(key, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        await using var host = await StartWithCertificateAsync(certificate);
        using var client = new EmulatorClient(host);

        using var response = await client.RequestTokenAsync(AssertionForm(Assertion(otherKey, certificate)));

        await AssertIdentityErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client", 700027);
    }

    [Fact]
    public async Task Disabled_app_returns_AADSTS7000112()
    {
        var tenant = TestTenants.Create(users: 1);
        tenant.Info = tenant.Info with { Apps = [tenant.Info.Apps[0] with { Enabled = false }] };
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = tenant }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var response = await client.RequestTokenAsync(SecretForm(TestTenants.Secret));

        await AssertIdentityErrorAsync(response, HttpStatusCode.BadRequest, "unauthorized_client", 7000112);
    }

    [Fact]
    public async Task App_without_admin_consent_gets_a_token_without_roles()
    {
        var tenant = TestTenants.Create(users: 1);
        tenant.Info = tenant.Info with { Apps = [tenant.Info.Apps[0] with { AdminConsented = false }] };
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = tenant }, EmulatorClient.Timeout);
        using var client = new EmulatorClient(host);

        using var response = await client.GetAsync("graph/v1.0/users", EmulatorClient.GraphScope);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Dictionary<string, string> SecretForm(string secret) => new()
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = TestTenants.ClientId,
        ["client_secret"] = secret,
        ["scope"] = EmulatorClient.GraphScope,
    };

    private static Dictionary<string, string> AssertionForm(string assertion) => new()
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = TestTenants.ClientId,
        ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        ["client_assertion"] = assertion,
        ["scope"] = EmulatorClient.ArmScope,
    };

    private static async Task<JsonElement> AssertIdentityErrorAsync(HttpResponseMessage response, HttpStatusCode status, string error, int code)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await EmulatorClient.ReadJsonAsync(response);
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.Equal([code], body.GetProperty("error_codes").EnumerateArray().Select(c => c.GetInt32()));
        Assert.StartsWith($"AADSTS{code}: ", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        foreach (var name in new[] { "timestamp", "trace_id", "correlation_id" })
        {
            Assert.False(string.IsNullOrEmpty(body.GetProperty(name).GetString()));
        }

        Assert.Equal($"https://login.microsoftonline.com/error?code={code}", body.GetProperty("error_uri").GetString());
        return body;
    }

    private static X509Certificate2 SelfSigned(RSA key, DateTimeOffset notBefore, DateTimeOffset notAfter) =>
        new CertificateRequest("CN=collector", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSelfSigned(notBefore, notAfter);

    private static async Task<EmulatorHost> StartWithCertificateAsync(X509Certificate2 certificate)
    {
        var tenant = TestTenants.Create(users: 1);
        tenant.Info = tenant.Info with { Apps = [tenant.Info.Apps[0] with { CertificatesPem = [certificate.ExportCertificatePem()] }] };
        return await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = tenant }, EmulatorClient.Timeout);
    }

    /// <summary>A client assertion as MSAL builds one: x5t header, RS256.</summary>
    private static string Assertion(RSA key, X509Certificate2 certificate)
    {
        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["alg"] = "RS256",
            ["typ"] = "JWT",
            ["x5t"] = Base64Url.EncodeToString(certificate.GetCertHash(HashAlgorithmName.SHA1)),
        });
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["aud"] = $"https://login.microsoftonline.com/{TestTenants.TenantId}/oauth2/v2.0/token",
            ["iss"] = TestTenants.ClientId,
            ["sub"] = TestTenants.ClientId,
            ["jti"] = Guid.NewGuid().ToString(),
            ["nbf"] = now,
            ["exp"] = now + 600,
        });
        var input = Base64Url.EncodeToString(header) + "." + Base64Url.EncodeToString(payload);
        return input + "." + Base64Url.EncodeToString(key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }
}
