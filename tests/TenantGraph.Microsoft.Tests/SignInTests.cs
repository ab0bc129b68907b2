using TenantGraph.Core.Errors;
using TenantGraph.Emulator;
using TenantGraph.Microsoft.Credentials;
using TenantGraph.Microsoft.Tests.Support;

namespace TenantGraph.Microsoft.Tests;

/// <summary>Sign-in through Azure.Identity against the emulator's token endpoint, as a real run does it.</summary>
public sealed class SignInTests(SignInFixture cloud) : IClassFixture<SignInFixture>
{
    private static readonly ListRequest Users = new(MicrosoftApi.Graph, "/users", "User.Read.All");

    private async Task<ProviderAuthenticationException> SignInFailureAsync(MicrosoftCredentialOptions credential)
    {
        var logins = cloud.Host.Counters.Requests(EmulatorApi.Login);
        var graph = cloud.Host.Counters.Requests(EmulatorApi.Graph);
        using var client = cloud.Client(credential);

        var error = await Assert.ThrowsAsync<ProviderAuthenticationException>(() => client.ListRawAsync(Users, Timeouts.Token()).ToListAsync().AsTask());

        // One refusal, not retried, and no API call without a token.
        Assert.Equal(logins + 1, cloud.Host.Counters.Requests(EmulatorApi.Login));
        Assert.Equal(graph, cloud.Host.Counters.Requests(EmulatorApi.Graph));
        Assert.Equal(credential.TenantId, error.TenantId);
        Assert.Equal(cloud.Host.LoginUrl.ToString(), error.AuthorityHost);
        Assert.DoesNotContain('\n', error.Message);
        return error;
    }

    [Fact]
    public async Task Wrong_client_secret_fails_naming_tenant_authority_credential_and_cause()
    {
        var error = await SignInFailureAsync(SignInFixture.Secret("not-the-secret-value"));

        Assert.Equal("AADSTS7000215", error.ErrorCode);
        Assert.Equal("client secret", error.CredentialSource);
        Assert.StartsWith(
            $"Authentication failed for tenant {TestTenant.TenantId} at {cloud.Host.LoginUrl} with client secret: wrong client secret",
            error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(AADSTS7000215)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret-value", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_tenant_is_named_as_an_unknown_tenant()
    {
        const string elsewhere = "9e8f7a6b-1c2d-4e3f-8a9b-0c1d2e3f4a5b";

        var error = await SignInFailureAsync(SignInFixture.Secret(TestTenant.ClientSecret, tenantId: elsewhere));

        Assert.Equal("AADSTS90002", error.ErrorCode);
        Assert.Contains($"tenant {elsewhere}", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown tenant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_client_id_is_named_as_an_app_missing_from_the_tenant()
    {
        var error = await SignInFailureAsync(SignInFixture.Secret(TestTenant.ClientSecret, clientId: "0a0b0c0d-0000-4000-8000-0000000000aa"));

        Assert.Equal("AADSTS700016", error.ErrorCode);
        Assert.Contains("is not found in the tenant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_app_is_named_as_disabled()
    {
        var error = await SignInFailureAsync(SignInFixture.Secret(TestTenant.ClientSecret, clientId: SignInFixture.DisabledClientId));

        Assert.Equal("AADSTS7000112", error.ErrorCode);
        Assert.Contains("the app is disabled in the tenant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registered_client_certificate_signs_in_and_lists_users()
    {
        using var client = cloud.Client(cloud.Certificate(cloud.CertificatePath));

        var users = await client.ListRawAsync(Users, Timeouts.Token()).ToListAsync();

        Assert.Equal(TestTenant.UserId(0), Assert.Single(users).GetProperty("id").GetString());
    }

    [Fact]
    public void Expired_client_certificate_is_refused_before_any_request()
    {
        var logins = cloud.Host.Counters.Requests(EmulatorApi.Login);

        var error = Assert.Throws<ProviderAuthenticationException>(() => cloud.Client(cloud.Certificate(cloud.ExpiredCertificatePath)));

        Assert.Equal($"client certificate {cloud.ExpiredCertificatePath}", error.CredentialSource);
        Assert.Contains($"tenant {TestTenant.TenantId}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"expired on {cloud.Clock.GetUtcNow().AddDays(-1):yyyy-MM-dd}", error.Message, StringComparison.Ordinal);
        Assert.Contains("upload a new one", error.Message, StringComparison.Ordinal);
        Assert.Equal(logins, cloud.Host.Counters.Requests(EmulatorApi.Login));
    }
}
