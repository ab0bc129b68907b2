using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace TenantGraph.Emulator.Tests.Support;

/// <summary>An HttpClient that trusts the emulator's CA and nothing else, plus token and JSON helpers.</summary>
internal sealed class EmulatorClient : IDisposable
{
    public const string GraphScope = "https://graph.microsoft.com/.default";
    public const string DefenderScope = "https://api.securitycenter.microsoft.com/.default";
    public const string ArmScope = "https://management.azure.com/.default";

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public EmulatorClient(EmulatorHost host)
    {
        var ca = host.CaCertificate;
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                {
                    if (certificate is null)
                    {
                        return false;
                    }

                    using var chain = new X509Chain();
                    chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                    chain.ChainPolicy.CustomTrustStore.Add(ca);
                    chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                    return chain.Build(new X509Certificate2(certificate));
                },
            },
        };
        Http = new HttpClient(handler) { BaseAddress = host.HttpsBaseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Http { get; }

    public static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    public Task<HttpResponseMessage> RequestTokenAsync(IDictionary<string, string> form, string tenant = TestTenants.TenantId) =>
        Http.PostAsync($"{tenant}/oauth2/v2.0/token", new FormUrlEncodedContent(form), Timeout);

    public async Task<string> GetTokenAsync(string scope)
    {
        if (_tokens.TryGetValue(scope, out var cached))
        {
            return cached;
        }

        using var response = await RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = TestTenants.ClientId,
            ["client_secret"] = TestTenants.Secret,
            ["scope"] = scope,
        });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Timeout));
        var token = body.RootElement.GetProperty("access_token").GetString()!;
        _tokens[scope] = token;
        return token;
    }

    public async Task<HttpResponseMessage> GetAsync(string url, string scope, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await GetTokenAsync(scope));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Http.SendAsync(request, Timeout);
    }

    public async Task<JsonElement> GetJsonAsync(string url, string scope, params (string Name, string Value)[] headers)
    {
        using var response = await GetAsync(url, scope, headers);
        var text = await response.Content.ReadAsStringAsync(Timeout);
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Follows next links (Graph, Defender or ARM style) and returns every item id in order.</summary>
    public async Task<(List<string> Ids, int Pages)> GetAllIdsAsync(string url, string scope)
    {
        var ids = new List<string>();
        var pages = 0;
        string? next = url;
        while (next is not null)
        {
            var page = await GetJsonAsync(next, scope);
            pages++;
            ids.AddRange(page.GetProperty("value").EnumerateArray().Select(v => v.GetProperty("id").GetString()!));
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString()
                : page.TryGetProperty("nextLink", out var armLink) ? armLink.GetString() : null;
        }

        return (ids, pages);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Timeout)).RootElement.Clone();

    public void Dispose()
    {
        Http.Dispose();
    }
}
