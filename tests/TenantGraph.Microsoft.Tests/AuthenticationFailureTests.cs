using Azure.Identity;
using TenantGraph.Microsoft.Credentials;

namespace TenantGraph.Microsoft.Tests;

public sealed class AuthenticationFailureTests
{
    private static readonly MicrosoftCredentialOptions Credential =
        new("a76fc728-0cba-45f0-a9eb-d45207e14513", "client", new Core.Configuration.Secret("s3cr3t-value"));

    private static readonly Uri Authority = new("https://login.microsoftonline.com/");

    // Error descriptions as the identity platform returns them (shared/fixtures/azure/*authenticate-invalid*).
    [Theory]
    [InlineData("AADSTS7000215: Invalid client secret is provided.\r\nTrace ID: 1", "wrong client secret", "AADSTS7000215")]
    [InlineData("AADSTS900023: Specified tenant identifier 'abc123testing' is neither a valid DNS name, nor a valid external domain. Trace ID: 9", "unknown tenant", "AADSTS900023")]
    [InlineData("AADSTS90002: Tenant 'x' not found.", "unknown tenant", "AADSTS90002")]
    [InlineData("AADSTS700016: Application with identifier 'client' was not found in the directory 'Contoso'.", "not found in the tenant", "AADSTS700016")]
    [InlineData("AADSTS7000222: The provided client secret keys for app 'client' are expired.", "expired", "AADSTS7000222")]
    public void Identity_platform_codes_become_one_line_naming_the_cause(string description, string cause, string code)
    {
        var failure = new AuthenticationFailedException(
            $"ClientSecretCredential authentication failed: {description}\nSee the troubleshooting guide for more information.");

        var error = AuthenticationFailure.From(failure, Credential, Authority);

        Assert.Contains(cause, error.Message, StringComparison.Ordinal);
        Assert.Equal(code, error.ErrorCode);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains(Credential.TenantId, error.Message, StringComparison.Ordinal);
        Assert.Equal("client secret", error.CredentialSource);
    }

    [Fact]
    public void Unknown_codes_keep_the_platform_sentence_without_trace_ids()
    {
        var failure = new AuthenticationFailedException("ClientSecretCredential authentication failed: AADSTS123: Something odd. Trace ID: abc");

        var error = AuthenticationFailure.From(failure, Credential, Authority);

        Assert.EndsWith("Something odd (AADSTS123)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_secret_never_appears_in_the_message()
    {
        var error = AuthenticationFailure.From(new AuthenticationFailedException("AADSTS7000215: Invalid client secret is provided."), Credential, Authority);

        Assert.DoesNotContain("s3cr3t-value", error.Message, StringComparison.Ordinal);
    }
}
