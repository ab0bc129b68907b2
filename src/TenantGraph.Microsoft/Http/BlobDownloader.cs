using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using TenantGraph.Core.Errors;
using TenantGraph.Microsoft.Logging;

namespace TenantGraph.Microsoft.Http;

/// <summary>
/// Downloads a file from a pre-signed URL, such as the blob SAS URL of a completed Intune report export: no bearer
/// token is sent (the signature is the credential), the URL's query never reaches a log or an exception, and the
/// body is copied to the caller's stream with a size cap. Network failures, 408, 429 and 5xx are retried.
/// </summary>
internal sealed class BlobDownloader(HttpClient http, MicrosoftApiClientOptions options, TimeProvider time, ILogger logger)
{
    private readonly ResiliencePipeline _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is ProviderApiException { IsTransient: true }),
            MaxRetryAttempts = Math.Max(1, options.MaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseRetryDelay,
            MaxDelay = options.MaxRetryDelay,
            OnRetry = args =>
            {
                var failure = (ProviderApiException)args.Outcome.Exception!; // ShouldHandle admits only these
                Log.RequestRetrying(logger, "GET", failure.Path, failure.Message, args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds);
                return default;
            },
        })
        .Build();

    /// <exception cref="ProviderApiException">The download failed past its retries, or the file is larger than <paramref name="maxBytes"/>.</exception>
    public async Task<long> DownloadAsync(Uri url, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        {
            throw new ProviderApiException($"Refusing to download {Describe(url)}: only https (or http on a loopback host) is allowed",
                null, "GET", Describe(url));
        }

        return await _pipeline.ExecuteAsync(async token =>
        {
            destination.SetLength(0);
            return await AttemptAsync(url, destination, maxBytes, token);
        }, cancellationToken);
    }

    /// <summary>Scheme, host and path: the query of a pre-signed URL is its secret.</summary>
    private static string Describe(Uri url) => url.GetLeftPart(UriPartial.Path);

    private async Task<long> AttemptAsync(Uri url, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        var path = Describe(url);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                Log.RequestCompleted(logger, "GET", path, status, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, 0, null);
                throw new ProviderApiException($"GET {path} returned {status}", response.StatusCode, "GET", path,
                    isTransient: status is 408 or 429 or >= 500);
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                throw TooLarge(path, maxBytes);
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, timeout.Token)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw TooLarge(path, maxBytes);
                }

                await destination.WriteAsync(buffer.AsMemory(0, read), timeout.Token);
            }

            Log.RequestCompleted(logger, "GET", path, status, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, total, null);
            return total;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ProviderApiException($"GET {path} timed out after {options.RequestTimeout.TotalSeconds:0.#} s", null, "GET", path,
                isTransient: true, innerException: e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new ProviderApiException($"GET {path} failed: {e.Message}", null, "GET", path, isTransient: true, innerException: e);
        }
    }

    private static ProviderApiException TooLarge(string path, long maxBytes) =>
        new($"GET {path} is larger than the {maxBytes:N0}-byte limit", HttpStatusCode.OK, "GET", path);
}
