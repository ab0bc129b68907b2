using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TenantGraph.Emulator.Data;

namespace TenantGraph.Emulator.Identity;

/// <summary>The identity platform's v2 token endpoint, client credentials grant only.</summary>
internal sealed class TokenEndpoint(TenantData tenant, AccessTokenService tokens, TimeProvider time, ILogger logger)
{
    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    public async Task<(int Status, byte[] Body)> HandleAsync(HttpContext context, string tenantSegment)
    {
        var correlationId = context.Request.Headers["client-request-id"].FirstOrDefault() ?? Guid.NewGuid().ToString();
        var form = context.Request.HasFormContentType
            ? await context.Request.ReadFormAsync(context.RequestAborted)
            : FormCollection.Empty;
        var result = Issue(tenantSegment, key => form[key].FirstOrDefault());
        if (result.Error is { } error)
        {
            Log.TokenRefused(logger, tenantSegment, error.Code);
            return (error.Status, error.ToBody(time.GetUtcNow(), correlationId));
        }

        return (200, result.Body!); // set whenever Error is null
    }

    private (IdentityError? Error, byte[]? Body) Issue(string tenantSegment, Func<string, string?> form)
    {
        var info = tenant.Info;
        if (!info.TenantId.Equals(tenantSegment, StringComparison.OrdinalIgnoreCase)
            && !info.Domains.Contains(tenantSegment, StringComparer.OrdinalIgnoreCase))
        {
            return (IdentityError.TenantNotFound(tenantSegment), null);
        }

        var grantType = form("grant_type");
        if (grantType is null)
        {
            return (IdentityError.MissingParameter("grant_type"), null);
        }

        if (grantType != "client_credentials")
        {
            return (IdentityError.UnsupportedGrantType(grantType), null);
        }

        var clientId = form("client_id");
        if (clientId is null)
        {
            return (IdentityError.MissingParameter("client_id"), null);
        }

        var app = info.Apps.FirstOrDefault(a => a.ClientId.Equals(clientId, StringComparison.OrdinalIgnoreCase));
        if (app is null)
        {
            return (IdentityError.UnknownClient(clientId, info.DisplayName), null);
        }

        if (!app.Enabled)
        {
            return (IdentityError.DisabledApp(app.ClientId, app.DisplayName), null);
        }

        var scope = form("scope");
        if (scope is null)
        {
            return (IdentityError.MissingParameter("scope"), null);
        }

        if (!scope.EndsWith("/.default", StringComparison.Ordinal) || scope.Contains(' ', StringComparison.Ordinal))
        {
            return (IdentityError.InvalidScope(scope), null);
        }

        if (CheckCredential(app, form("client_secret"), form("client_assertion_type"), form("client_assertion")) is { } credentialError)
        {
            return (credentialError, null);
        }

        var audience = scope[..^"/.default".Length].TrimEnd('/');
        var roles = app.AdminConsented ? app.GrantedPermissions : [];
        var token = tokens.Issue(info.TenantId, app.ClientId, app.ObjectId, audience, roles);
        Log.TokenIssued(logger, app.ClientId, info.TenantId, audience);
        var seconds = (int)tokens.Lifetime.TotalSeconds - 1;
        return (null, JsonSerializer.SerializeToUtf8Bytes(new TokenResponse("Bearer", seconds, seconds, token), TokenResponseContext.Default.TokenResponse));
    }

    private IdentityError? CheckCredential(AppRegistration app, string? secret, string? assertionType, string? assertion)
    {
        if (secret is not null)
        {
            var expected = Encoding.UTF8.GetBytes(app.ClientSecret ?? string.Empty);
            var given = Encoding.UTF8.GetBytes(secret);
            return app.ClientSecret is not null && CryptographicOperations.FixedTimeEquals(expected, given)
                ? null
                : IdentityError.WrongSecret(app.ClientId);
        }

        if (assertion is null)
        {
            return IdentityError.NoCredential();
        }

        if (assertionType != AssertionType)
        {
            return IdentityError.MissingParameter("client_assertion_type");
        }

        return ClientAssertionValidator.Validate(assertion, app, time.GetUtcNow());
    }
}
