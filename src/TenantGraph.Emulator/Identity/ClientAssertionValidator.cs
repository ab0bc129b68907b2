using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using TenantGraph.Emulator.Data;

namespace TenantGraph.Emulator.Identity;

/// <summary>
/// Checks a client assertion (RFC 7523 JWT) against the certificates registered for the app. MSAL names
/// the key by <c>x5t</c> (SHA-1) or <c>x5t#S256</c> and signs with RS256 or PS256.
/// </summary>
internal static class ClientAssertionValidator
{
    public static IdentityError? Validate(string assertion, AppRegistration app, DateTimeOffset now)
    {
        var parts = assertion.Split('.');
        if (parts.Length != 3)
        {
            return IdentityError.InvalidAssertion("The client assertion is not a JWT.");
        }

        JsonElement header;
        JsonElement payload;
        byte[] signature;
        try
        {
            header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0])).RootElement;
            payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement;
            signature = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return IdentityError.InvalidAssertion("The client assertion could not be decoded.");
        }

        var sha1 = header.TryGetProperty("x5t", out var x5t) ? x5t.GetString() : null;
        var sha256 = header.TryGetProperty("x5t#S256", out var x5t256) ? x5t256.GetString() : null;
        var thumbprint = sha1 is not null ? Convert.ToHexString(Base64Url.DecodeFromChars(sha1)) : sha256 ?? string.Empty;
        var certificate = FindCertificate(app, sha1, sha256);
        if (certificate is null)
        {
            return IdentityError.KeyNotFound(thumbprint, app.ClientId);
        }

        using (certificate)
        {
            if (certificate.NotAfter.ToUniversalTime() < now.UtcDateTime || certificate.NotBefore.ToUniversalTime() > now.UtcDateTime)
            {
                return IdentityError.KeyExpired(thumbprint, certificate.NotBefore.ToUniversalTime(), certificate.NotAfter.ToUniversalTime());
            }

            using var key = certificate.GetRSAPublicKey();
            var padding = header.TryGetProperty("alg", out var alg) && alg.GetString() == "PS256" ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1;
            if (key is null || !key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, padding))
            {
                return IdentityError.SignatureMismatch(thumbprint);
            }
        }

        if (payload.TryGetProperty("exp", out var exp) && ExpiryOf(exp) is { } expiry && expiry < now.ToUnixTimeSeconds())
        {
            return IdentityError.AssertionOutsideValidity();
        }

        return null;
    }

    private static X509Certificate2? FindCertificate(AppRegistration app, string? sha1, string? sha256)
    {
        foreach (var pem in app.CertificatesPem)
        {
            var certificate = X509Certificate2.CreateFromPem(pem);
            var matches = (sha1 is not null && Base64Url.EncodeToString(certificate.GetCertHash(HashAlgorithmName.SHA1)) == sha1)
                || (sha256 is not null && Base64Url.EncodeToString(certificate.GetCertHash(HashAlgorithmName.SHA256)) == sha256);
            if (matches)
            {
                return certificate;
            }

            certificate.Dispose();
        }

        return null;
    }

    // MSAL writes the assertion's exp as a string of digits; other clients write a number.
    private static long? ExpiryOf(JsonElement exp) => exp.ValueKind switch
    {
        JsonValueKind.Number when exp.TryGetInt64(out var seconds) => seconds,
        JsonValueKind.String when long.TryParse(exp.GetString(), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var seconds) => seconds,
        _ => null,
    };
}
