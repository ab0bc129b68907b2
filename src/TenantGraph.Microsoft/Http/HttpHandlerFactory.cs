using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TenantGraph.Core.Errors;

namespace TenantGraph.Microsoft.Http;

/// <summary>
/// The one HTTP handler shared by the API client and Azure.Identity. Extra CAs from <c>tls.caFile</c> are trusted
/// for server certificates the system store rejects: TLS-inspecting proxies and the emulator need it.
/// </summary>
internal static class HttpHandlerFactory
{
    public static SocketsHttpHandler Create(TlsOptions tls, int maxConnectionsPerServer)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnectionsPerServer,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(15),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            AllowAutoRedirect = false,
        };
        if (tls.CaFile is { } caFile)
        {
            var extra = LoadCertificates(caFile);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                IsTrusted(certificate, errors, extra);
        }

        return handler;
    }

    public static X509Certificate2Collection LoadCertificates(string caFile)
    {
        if (!File.Exists(caFile))
        {
            throw new ConfigurationException("tls.caFile", "config", $"file '{caFile}' does not exist");
        }

        var collection = new X509Certificate2Collection();
        try
        {
            collection.ImportFromPemFile(caFile);
        }
        catch (CryptographicException e)
        {
            throw new ConfigurationException("tls.caFile", "config", $"'{caFile}' is not a PEM file of certificates ({e.Message})");
        }

        return collection.Count > 0
            ? collection
            : throw new ConfigurationException("tls.caFile", "config", $"'{caFile}' holds no PEM certificate");
    }

    internal static bool IsTrusted(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2Collection extra)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // A wrong host name or a missing certificate is never excused; only an untrusted chain is re-checked.
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is not X509Certificate2 leaf)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(extra);
        // Private CAs seldom publish revocation lists reachable from here.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(leaf);
    }
}
