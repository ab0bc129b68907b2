namespace TenantGraph.Microsoft.Credentials;

public enum CredentialKind
{
    /// <summary>A client secret when one is given, else a certificate when a path is given, else the environment.</summary>
    Auto,
    ClientSecret,
    ClientCertificate,
    ManagedIdentity,
    AzureCli,

    /// <summary>Azure.Identity's <c>EnvironmentCredential</c> (<c>AZURE_TENANT_ID</c>, <c>AZURE_CLIENT_ID</c>, …).</summary>
    Environment,
}
