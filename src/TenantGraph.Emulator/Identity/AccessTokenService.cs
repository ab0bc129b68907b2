using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TenantGraph.Emulator.Identity;

/// <summary>Issues and checks ES256 JWT access tokens signed with a key made at start (clients never verify them).</summary>
internal sealed class AccessTokenService(TimeProvider time, TimeSpan lifetime) : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly string _keyId = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));

    public TimeSpan Lifetime => lifetime;

    public string Issue(string tenantId, string appId, string objectId, string audience, IReadOnlyList<string> roles)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["typ"] = "JWT", ["alg"] = "ES256", ["kid"] = _keyId });
        using var payloadStream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(payloadStream))
        {
            writer.WriteStartObject();
            writer.WriteString("aud", audience);
            writer.WriteString("iss", $"https://sts.windows.net/{tenantId}/");
            writer.WriteNumber("iat", now);
            writer.WriteNumber("nbf", now);
            writer.WriteNumber("exp", now + (long)lifetime.TotalSeconds);
            writer.WriteString("appid", appId);
            writer.WriteString("appidacr", "1");
            writer.WriteString("idtyp", "app");
            writer.WriteString("oid", objectId);
            writer.WriteString("sub", objectId);
            writer.WriteString("tid", tenantId);
            writer.WriteString("ver", "1.0");
            if (roles.Count > 0)
            {
                writer.WriteStartArray("roles");
                foreach (var role in roles)
                {
                    writer.WriteStringValue(role);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        var signingInput = Base64Url.EncodeToString(header) + "." + Base64Url.EncodeToString(payloadStream.ToArray());
        var signature = _key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    public TokenFailure Validate(string? authorization, out AccessTokenClaims? claims)
    {
        claims = null;
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return TokenFailure.Missing;
        }

        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return TokenFailure.Malformed;
        }

        var parts = authorization["Bearer ".Length..].Trim().Split('.');
        if (parts.Length != 3 || !TryDecode(parts[1], out var payload) || !TryDecode(parts[2], out var signature))
        {
            return TokenFailure.Malformed;
        }

        if (!_key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256))
        {
            return TokenFailure.BadSignature;
        }

        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        if (root.GetProperty("exp").GetInt64() <= time.GetUtcNow().ToUnixTimeSeconds())
        {
            return TokenFailure.Expired;
        }

        var roles = root.TryGetProperty("roles", out var rolesElement)
            ? rolesElement.EnumerateArray().Select(r => r.GetString() ?? string.Empty).ToArray()
            : [];
        claims = new AccessTokenClaims(
            root.GetProperty("tid").GetString() ?? string.Empty,
            root.GetProperty("appid").GetString() ?? string.Empty,
            root.GetProperty("oid").GetString() ?? string.Empty,
            root.GetProperty("aud").GetString() ?? string.Empty,
            roles);
        return TokenFailure.None;
    }

    public void Dispose() => _key.Dispose();

    private static bool TryDecode(string text, out byte[] bytes)
    {
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
