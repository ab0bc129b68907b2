using System.Net;
using System.Net.Sockets;
using TenantGraph.Core.Configuration;
using TenantGraph.Core.Errors;
using TenantGraph.Microsoft.Credentials;
using TenantGraph.Microsoft.Http;
using TenantGraph.Microsoft.Tests.Support;

namespace TenantGraph.Microsoft.Tests;

/// <summary><see cref="MicrosoftApiClient.DownloadAsync"/>: a pre-signed blob URL, served here by a plain loopback HTTP listener.</summary>
public sealed class DownloadTests
{
    private const string Signature = "sig=c2VjcmV0LXNpZ25hdHVyZQ";

    [Fact]
    public async Task Download_copies_the_body_without_sending_the_bearer_token()
    {
        using var blob = new BlobServer("zip bytes"u8.ToArray());
        using var client = Client();
        using var destination = new MemoryStream();

        var bytes = await client.DownloadAsync(blob.Url, destination, 1024, Timeouts.Token());

        Assert.Equal(9, bytes);
        Assert.Equal("zip bytes"u8.ToArray(), destination.ToArray());
        Assert.Equal([null], blob.AuthorizationHeaders);
    }

    [Fact]
    public async Task Download_larger_than_its_limit_fails_naming_the_limit()
    {
        using var blob = new BlobServer(new byte[4096]);
        using var client = Client();
        using var destination = new MemoryStream();

        var error = await Assert.ThrowsAsync<ProviderApiException>(() => client.DownloadAsync(blob.Url, destination, 1024, Timeouts.Token()));

        Assert.Contains("1,024-byte limit", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Failed_download_names_the_blob_but_never_its_signature()
    {
        using var blob = new BlobServer(null);
        using var logs = new ListLoggerFactory();
        using var client = Client(logs);
        using var destination = new MemoryStream();

        var error = await Assert.ThrowsAsync<ProviderApiException>(() => client.DownloadAsync(blob.Url, destination, 1024, Timeouts.Token()));

        Assert.Equal(HttpStatusCode.NotFound, error.Status);
        Assert.Contains("/report.zip", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Signature, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(Signature, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Download_over_plain_http_off_loopback_is_refused()
    {
        using var client = Client();
        using var destination = new MemoryStream();

        var error = await Assert.ThrowsAsync<ProviderApiException>(() =>
            client.DownloadAsync(new Uri("http://reports.example.com/report.zip?" + Signature), destination, 1024, Timeouts.Token()));

        Assert.Contains("https", error.Message, StringComparison.Ordinal);
    }

    private static MicrosoftApiClient Client(ListLoggerFactory? logs = null) => MicrosoftApiClient.Create(new MicrosoftApiClientOptions
    {
        Credential = new MicrosoftCredentialOptions(TestTenant.TenantId, TestTenant.ClientId, new Secret(TestTenant.ClientSecret)),
        Endpoints = CloudEndpoints.Custom("cloud", "test", "https://127.0.0.1:1/", "https://127.0.0.1:1/graph/", "https://127.0.0.1:1/arm/",
            "https://127.0.0.1:1/defender/"),
        BaseRetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(5),
    }, logs);

    /// <summary>Answers every GET of <c>/report.zip</c> with the body (404 when null), noting each request's Authorization header.</summary>
    private sealed class BlobServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly List<string?> _authorization = [];

        public BlobServer(byte[]? body)
        {
            var port = FreePort();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            Url = new Uri($"http://127.0.0.1:{port}/report.zip?sv=2019-02-02&{Signature}");
            _ = ServeAsync(body);
        }

        public Uri Url { get; }

        public IReadOnlyList<string?> AuthorizationHeaders
        {
            get
            {
                lock (_authorization)
                {
                    return [.. _authorization];
                }
            }
        }

        public void Dispose() => _listener.Close();

        private static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }

        private async Task ServeAsync(byte[]? body)
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                lock (_authorization)
                {
                    _authorization.Add(context.Request.Headers["Authorization"]);
                }

                context.Response.StatusCode = body is null ? 404 : 200;
                if (body is not null)
                {
                    context.Response.ContentLength64 = body.Length;
                    await context.Response.OutputStream.WriteAsync(body);
                }

                context.Response.Close();
            }
        }
    }
}
