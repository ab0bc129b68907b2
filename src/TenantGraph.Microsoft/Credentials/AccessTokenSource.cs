using System.Collections.Concurrent;
using Azure.Core;
using Azure.Identity;

namespace TenantGraph.Microsoft.Credentials;

/// <summary>
/// Tokens per audience, cached until five minutes before expiry. Azure.Identity caches most credentials itself,
/// but not the Azure CLI one, which would otherwise start a process per request.
/// </summary>
internal sealed class AccessTokenSource(TokenCredential credential, MicrosoftCredentialOptions options, Uri authority, TimeProvider time)
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async ValueTask<string> GetAsync(string scope, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(scope, _ => new Entry());
        if (entry.Token is { } cached && cached.ExpiresOn - RefreshMargin > time.GetUtcNow())
        {
            return cached.Token;
        }

        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            if (entry.Token is { } fresh && fresh.ExpiresOn - RefreshMargin > time.GetUtcNow())
            {
                return fresh.Token;
            }

            var token = await credential.GetTokenAsync(new TokenRequestContext([scope], tenantId: null), cancellationToken);
            entry.Token = token;
            return token.Token;
        }
        catch (AuthenticationFailedException e)
        {
            throw AuthenticationFailure.From(e, options, authority);
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>Drops a token the API rejected, so the next request asks for a new one.</summary>
    public void Invalidate(string scope) => _entries.TryRemove(scope, out _);

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public AccessToken? Token { get; set; }
    }
}
