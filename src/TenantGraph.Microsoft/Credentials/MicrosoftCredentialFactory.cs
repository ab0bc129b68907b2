using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using TenantGraph.Core.Errors;

namespace TenantGraph.Microsoft.Credentials;

/// <summary>Builds the Azure.Identity credential the options ask for, pointed at the cloud's authority.</summary>
internal static class MicrosoftCredentialFactory
{
    public static TokenCredential Create(MicrosoftCredentialOptions options, CloudEndpoints endpoints,
        HttpMessageHandler handler, TimeProvider time)
    {
        T Configure<T>(T o)
            where T : TokenCredentialOptions
        {
            o.AuthorityHost = endpoints.Login;
            o.Transport = new HttpClientTransport(handler);
            return o;
        }

        // Instance discovery asks the public cloud about the authority; a custom or loopback authority is unknown
        // there, so discovery is switched off for anything but a preset.
        var noDiscovery = endpoints.IsCustomAuthority;
        switch (options.EffectiveKind)
        {
            case CredentialKind.ClientSecret:
                return new ClientSecretCredential(options.TenantId, Require(options.ClientId, "clientId", options),
                    (options.ClientSecret ?? throw Missing("clientSecret", options)).Reveal(),
                    Configure(new ClientSecretCredentialOptions { DisableInstanceDiscovery = noDiscovery }));
            case CredentialKind.ClientCertificate:
                var certificate = LoadCertificate(options, endpoints, time);
                return new ClientCertificateCredential(options.TenantId, Require(options.ClientId, "clientId", options), certificate,
                    Configure(new ClientCertificateCredentialOptions { DisableInstanceDiscovery = noDiscovery, SendCertificateChain = false }));
            case CredentialKind.ManagedIdentity:
                var id = options.ClientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(options.ClientId);
                return new ManagedIdentityCredential(Configure(new ManagedIdentityCredentialOptions(id)));
            case CredentialKind.AzureCli:
                return new AzureCliCredential(Configure(new AzureCliCredentialOptions { TenantId = options.TenantId }));
            default:
                return new EnvironmentCredential(Configure(new EnvironmentCredentialOptions { DisableInstanceDiscovery = noDiscovery }));
        }
    }

    private static X509Certificate2 LoadCertificate(MicrosoftCredentialOptions options, CloudEndpoints endpoints, TimeProvider time)
    {
        var path = options.CertificatePath ?? throw Missing("certificatePath", options);
        if (!File.Exists(path))
        {
            throw new ConfigurationException("certificatePath", "instance", $"file '{path}' does not exist");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = IsPem(path)
                ? (options.CertificatePassword is null
                    ? X509Certificate2.CreateFromPemFile(path)
                    : X509Certificate2.CreateFromEncryptedPemFile(path, options.CertificatePassword.Reveal()))
                : X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword?.Reveal());
        }
        catch (CryptographicException e)
        {
            throw new ConfigurationException("certificatePath", "instance",
                $"'{path}' is not a PEM file with certificate and private key, nor a PFX file openable with the given password ({e.Message})");
        }

        if (!certificate.HasPrivateKey)
        {
            throw new ConfigurationException("certificatePath", "instance", $"'{path}' holds no private key");
        }

        // The identity platform only says the assertion is invalid; checking here names the real cause.
        var now = time.GetUtcNow();
        if (certificate.NotAfter.ToUniversalTime() < now.UtcDateTime)
        {
            throw AuthenticationFailure.Create(
                $"the certificate {certificate.Thumbprint} expired on {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}; upload a new one to the app and point certificatePath at it",
                options, endpoints.Login);
        }

        return certificate;
    }

    private static bool IsPem(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[4096];
        var read = reader.Read(buffer, 0, buffer.Length);
        return new string(buffer, 0, read).Contains("-----BEGIN", StringComparison.Ordinal);
    }

    private static string Require(string? value, string key, MicrosoftCredentialOptions options) =>
        string.IsNullOrWhiteSpace(value) ? throw Missing(key, options) : value;

    private static ConfigurationException Missing(string key, MicrosoftCredentialOptions options) =>
        new(key, "instance", $"required for the {options.SourceDescription} credential");
}
