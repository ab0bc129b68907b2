namespace TenantGraph.Core.Errors;

/// <summary>
/// No token could be obtained: unknown tenant, wrong secret, expired certificate, app not consented,
/// unreachable authority. Nothing can be collected for the instance, so the run stops (exit code 3).
/// </summary>
public sealed class ProviderAuthenticationException : Exception
{
    public ProviderAuthenticationException(string message, string tenantId, string authorityHost, string credentialSource,
        string? errorCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        TenantId = tenantId;
        AuthorityHost = authorityHost;
        CredentialSource = credentialSource;
        ErrorCode = errorCode;
    }

    public string TenantId { get; }

    public string AuthorityHost { get; }

    /// <summary>Which credential was tried, for example <c>client secret</c> or <c>managed identity</c>.</summary>
    public string CredentialSource { get; }

    /// <summary>The identity platform's AADSTS code, when it sent one.</summary>
    public string? ErrorCode { get; }
}
