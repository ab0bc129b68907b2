using System.Text.RegularExpressions;
using Azure.Identity;
using TenantGraph.Core.Errors;

namespace TenantGraph.Microsoft.Credentials;

/// <summary>
/// Turns what Azure.Identity reports into one line naming the cause and the fix. The identity platform puts an
/// AADSTS code in its error body and Azure.Identity copies it into the exception message; the code is what tells
/// an unknown tenant from a wrong secret, so it is what this reads.
/// </summary>
internal static partial class AuthenticationFailure
{
    private static readonly Dictionary<string, string> Causes = new(StringComparer.Ordinal)
    {
        ["90002"] = "unknown tenant: no directory has this tenant id; check tenantId",
        ["900023"] = "unknown tenant: the tenant id is neither a directory id nor a verified domain; check tenantId",
        ["90013"] = "invalid tenant id; check tenantId",
        ["7000215"] = "wrong client secret: use the secret's value (not its id) from the app registration",
        ["7000222"] = "the client secret has expired; create a new one in the app registration",
        ["700016"] = "the app (clientId) is not found in the tenant: check clientId, or have an administrator consent to the app in this tenant",
        ["7000229"] = "the app has no service principal in the tenant: an administrator must consent to it there",
        ["65001"] = "the app is not consented: an administrator must grant admin consent for its permissions",
        ["700027"] = "the certificate is not registered on the app, or has expired or been replaced; upload the current certificate",
        ["700024"] = "the signed client assertion is outside its valid time range; check this machine's clock",
        ["7000112"] = "the app is disabled in the tenant",
        ["500011"] = "the API's service principal is not in the tenant: the tenant lacks this service or its licence",
        ["500014"] = "the API's service principal is disabled in the tenant",
        ["53003"] = "a conditional access policy blocked the sign-in",
        ["70011"] = "the requested scope is invalid for this cloud; check the cloud setting",
        ["1002012"] = "the requested scope is invalid for this cloud; check the cloud setting",
    };

    public static ProviderAuthenticationException From(Exception failure, MicrosoftCredentialOptions credential, Uri authority)
    {
        // Azure.Identity's own message is often just "ClientSecretCredential authentication failed:"; the platform's
        // text is in the MSAL exception inside it, so every message down the chain is searched for the code.
        var chain = Chain(failure).ToList();
        var found = chain.Select(e => (Text: e.Message, Match: AadstsCode().Match(e.Message))).FirstOrDefault(m => m.Match.Success);
        string cause;
        string? code = null;
        if (found is { Text: { } text, Match: { Success: true } match })
        {
            code = "AADSTS" + match.Groups[1].Value;
            cause = (Causes.TryGetValue(match.Groups[1].Value, out var known) ? known : PlatformDescription(text, match)) + $" ({code})";
        }
        else if (failure is CredentialUnavailableException)
        {
            cause = "the credential is not available here: " + FirstLine(failure.Message);
        }
        else if (chain.OfType<HttpRequestException>().FirstOrDefault() is { } network)
        {
            cause = $"the authority could not be reached: {FirstLine(network.Message)}";
        }
        else
        {
            // The innermost exception says what happened (a 5xx from the authority, a bad response); the outer
            // ones only say which credential failed, which the message names already.
            cause = chain.Select(e => FirstLine(e.Message)).LastOrDefault(line => line.Length > 0 && !line.EndsWith("authentication failed:", StringComparison.Ordinal))
                ?? FirstLine(failure.Message);
        }

        return Create(cause, credential, authority, code, failure);
    }

    public static ProviderAuthenticationException Create(string cause, MicrosoftCredentialOptions credential, Uri authority,
        string? code = null, Exception? inner = null) =>
        new($"Authentication failed for tenant {credential.TenantId} at {authority} with {credential.SourceDescription}: {cause}",
            credential.TenantId, authority.ToString(), credential.SourceDescription, code, inner);

    // The platform's own sentence: from after "AADSTSnnnn: " up to the trace ids or the end of the line.
    private static string PlatformDescription(string text, Match match)
    {
        var rest = text[(match.Index + match.Length)..].TrimStart(':', ' ');
        var end = rest.IndexOfAny(['\r', '\n']);
        rest = end >= 0 ? rest[..end] : rest;
        var trace = rest.IndexOf(" Trace ID", StringComparison.Ordinal);
        return (trace >= 0 ? rest[..trace] : rest).Trim().TrimEnd('.');
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end >= 0 ? text[..end] : text).Trim();
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    [GeneratedRegex(@"AADSTS(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex AadstsCode();
}
