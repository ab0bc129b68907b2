using TenantGraph.Core.Configuration;

namespace TenantGraph.Microsoft.Credentials;

/// <summary>
/// Which identity the client signs in as. For managed identity, <see cref="ClientId"/> selects a user-assigned
/// identity; left out, the system-assigned one is used.
/// </summary>
public sealed record MicrosoftCredentialOptions(
    string TenantId,
    string? ClientId = null,
    Secret? ClientSecret = null,
    string? CertificatePath = null,
    Secret? CertificatePassword = null,
    CredentialKind Kind = CredentialKind.Auto)
{
    /// <summary>The kind <see cref="CredentialKind.Auto"/> resolves to.</summary>
    public CredentialKind EffectiveKind => Kind switch
    {
        CredentialKind.Auto when ClientSecret is not null => CredentialKind.ClientSecret,
        CredentialKind.Auto when CertificatePath is not null => CredentialKind.ClientCertificate,
        CredentialKind.Auto => CredentialKind.Environment,
        _ => Kind,
    };

    /// <summary>How error messages name the credential tried.</summary>
    public string SourceDescription => EffectiveKind switch
    {
        CredentialKind.ClientSecret => "client secret",
        CredentialKind.ClientCertificate => $"client certificate {CertificatePath}",
        CredentialKind.ManagedIdentity => ClientId is null ? "system-assigned managed identity" : "user-assigned managed identity",
        CredentialKind.AzureCli => "Azure CLI",
        _ => "environment (AZURE_* variables)",
    };
}
