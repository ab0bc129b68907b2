using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using TenantGraph.Core.Errors;
using TenantGraph.Core.Steps;
using TenantGraph.Microsoft.Credentials;
using TenantGraph.Microsoft.Logging;
using TenantGraph.Microsoft.Throttling;

namespace TenantGraph.Microsoft.Http;

/// <summary>
/// Sends one request with everything around it: pacing by the budgets, bounded concurrency per API, the token,
/// a per-attempt timeout, retries (the one Polly pipeline), counters, and errors mapped to the Core exceptions.
/// </summary>
internal sealed class ApiSender
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly AccessTokenSource _tokens;
    private readonly MicrosoftApiClientOptions _options;
    private readonly ThrottleLanes _lanes;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _pipeline;
    private readonly Dictionary<MicrosoftApi, SemaphoreSlim> _gates;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _resourceManagerGates = new(StringComparer.Ordinal);
    private readonly Dictionary<MicrosoftApi, ApiTotals> _totals;

    public ApiSender(HttpClient http, AccessTokenSource tokens, MicrosoftApiClientOptions options, TimeProvider time, ILogger logger)
    {
        _http = http;
        _tokens = tokens;
        _options = options;
        _time = time;
        _logger = logger;
        _lanes = new ThrottleLanes(options.Budgets, time);
        var graphGate = new SemaphoreSlim(options.GraphConcurrency);
        var graphTotals = new ApiTotals();
        _gates = new()
        {
            [MicrosoftApi.Graph] = graphGate,
            [MicrosoftApi.GraphBeta] = graphGate,
            [MicrosoftApi.Defender] = new SemaphoreSlim(options.DefenderConcurrency),
        };
        _totals = new()
        {
            [MicrosoftApi.Graph] = graphTotals,
            [MicrosoftApi.GraphBeta] = graphTotals,
            [MicrosoftApi.ResourceManager] = new ApiTotals(),
            [MicrosoftApi.Defender] = new ApiTotals(),
        };
        _pipeline = BuildPipeline();
    }

    public ApiTotals TotalsFor(MicrosoftApi api) => _totals[api];

    public TimeProvider Time => _time;

    public MicrosoftApiClientOptions Options => _options;

    public ILogger Logger => _logger;

    /// <summary>Sends with retries; past them the caller gets the <see cref="ProviderApiException"/> of the last attempt.</summary>
    public async Task<ApiResponse> SendAsync(ApiCall call, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(
                static (state, token) => state.Self.AttemptAsync(state.Call, token), (Self: this, Call: call), cancellationToken);
        }
        catch (TransientFailure failure)
        {
            throw failure.Failure;
        }
    }

    /// <summary>Counts a retry decided outside the pipeline (a throttled $batch item).</summary>
    public void CountRetry(MicrosoftApi api, TimeSpan? throttleWait)
    {
        foreach (var metrics in Targets(api))
        {
            metrics.AddRetry();
            if (throttleWait is { } wait)
            {
                metrics.AddThrottleWait(wait);
            }
        }
    }

    public void CountThrottledResponse(MicrosoftApi api) => _totals[api].AddThrottledResponse();

    public void BlockLanes(MicrosoftApi api, string path, string query, TimeSpan delay) =>
        ThrottleLanes.Block(_lanes.For(api, path, query), delay);

    private ResiliencePipeline BuildPipeline()
    {
        var malformedLimit = _options.MaxMalformedBodyRetries;
        return new ResiliencePipelineBuilder { TimeProvider = _time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is TransientFailure failure
                    && (failure.Kind != FailureKind.MalformedBody || args.AttemptNumber < malformedLimit)),
                MaxRetryAttempts = Math.Max(1, _options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.BaseRetryDelay,
                MaxDelay = _options.MaxRetryDelay,
                // A server's Retry-After is honoured up to MaxRetryDelay like any other wait, so none is unbounded.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is TransientFailure { RetryAfter: { } after }
                        ? (TimeSpan?)(after < _options.MaxRetryDelay ? after : _options.MaxRetryDelay)
                        : null),
                OnRetry = args =>
                {
                    // ShouldHandle admits only TransientFailure, so the cast holds.
                    var failure = (TransientFailure)args.Outcome.Exception!;
                    var api = failure.Api;
                    CountRetry(api, failure.Kind == FailureKind.Throttled ? args.RetryDelay : null);
                    Log.RequestRetrying(_logger, failure.Failure.Method, failure.Failure.Path, failure.Kind.ToString(),
                        args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            })
            .Build();
    }

    private async ValueTask<ApiResponse> AttemptAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var charges = Charges(call);
        foreach (var charge in charges)
        {
            var waited = await charge.Limiter.AcquireAsync(charge.Cost, cancellationToken);
            if (waited > TimeSpan.Zero)
            {
                foreach (var metrics in Targets(call.Api))
                {
                    metrics.AddThrottleWait(waited);
                }

                Log.Paced(_logger, charge.Limiter.Name, call.Path, (long)waited.TotalMilliseconds);
            }
        }

        var gate = GateFor(call);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var token = await _tokens.GetAsync(_options.Endpoints.ScopeFor(call.Api), cancellationToken);
            using var request = BuildRequest(call, token);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.RequestTimeout);
            var started = Stopwatch.GetTimestamp();
            HttpResponseMessage? response = null;
            try
            {
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
                return Complete(call, charges, response, body, Stopwatch.GetElapsedTime(started));
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                Count(call.Api, 0, 0);
                throw Transient(FailureKind.Timeout, call, $"timed out after {_options.RequestTimeout.TotalSeconds:0.#} s", e);
            }
            catch (HttpRequestException e)
            {
                Count(call.Api, 0, 0);
                throw Transient(FailureKind.Network, call, e.Message, e);
            }
            catch (IOException e)
            {
                Count(call.Api, 0, 0);
                throw Transient(FailureKind.Network, call, e.Message, e);
            }
            finally
            {
                response?.Dispose();
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private ApiResponse Complete(ApiCall call, IReadOnlyList<LaneCharge> charges, HttpResponseMessage response, byte[] body, TimeSpan elapsed)
    {
        var status = (int)response.StatusCode;
        var units = ThrottleLanes.Number(response.Headers, "x-ms-resource-unit")
            ?? (call.Api is MicrosoftApi.Graph or MicrosoftApi.GraphBeta ? charges.Sum(c => c.Cost) : 0);
        Count(call.Api, body.Length, (long)units);
        _lanes.Observe(call.Api, charges, response.Headers);
        var headerRequestId = Header(response.Headers, "request-id") ?? Header(response.Headers, "x-ms-request-id");
        Log.RequestCompleted(_logger, call.Method.Method, call.Path, status, (long)elapsed.TotalMilliseconds, body.Length, headerRequestId);

        if (status is >= 200 and < 300)
        {
            if (body.Length == 0)
            {
                return new ApiResponse(status, default);
            }

            try
            {
                using var document = JsonDocument.Parse(body);
                return new ApiResponse(status, document.RootElement.Clone());
            }
            catch (JsonException e)
            {
                throw Transient(FailureKind.MalformedBody, call, $"returned {status} with a body that is not valid JSON ({e.Message})", e, headerRequestId);
            }
        }

        var (code, message, bodyRequestId) = ApiErrors.Parse(body);
        var requestId = headerRequestId ?? bodyRequestId;
        var retryAfter = RetryAfter.From(response.Headers, _time.GetUtcNow());
        switch (status)
        {
            case 404 when call.NotFoundIsEmpty:
                return new ApiResponse(status, default);
            case 401:
                _tokens.Invalidate(_options.Endpoints.ScopeFor(call.Api));
                // A token that expired in flight is fetched anew on the retry; any other 401 will not heal.
                if (code is "ExpiredAuthenticationToken" or "Authentication_ExpiredToken"
                    || message?.Contains("expired", StringComparison.OrdinalIgnoreCase) == true)
                {
                    throw new TransientFailure(call.Api, FailureKind.ServerError, ApiErrors.Create(call, status, code, message, requestId, true), null);
                }

                throw AuthenticationFailure.Create(ApiErrors.Describe(call.Method.Method, call.Path, status, code, message, requestId)
                    + "; the app is not installed in this tenant or its token was rejected", _options.Credential, _options.Endpoints.Login, code);
            case 429 or 503 or 504 or 500 or 502 or 408:
                if (status == 429)
                {
                    _totals[call.Api].AddThrottledResponse();
                }

                if (retryAfter is { } wait && status is 429 or 503)
                {
                    ThrottleLanes.Block(charges, wait < _options.MaxRetryDelay ? wait : _options.MaxRetryDelay);
                }

                throw new TransientFailure(call.Api, status == 429 ? FailureKind.Throttled : FailureKind.ServerError,
                    ApiErrors.Create(call, status, code, message, requestId, true), retryAfter);
            default:
                throw ApiErrors.Create(call, status, code, message, requestId, false);
        }
    }

    private HttpRequestMessage BuildRequest(ApiCall call, string token)
    {
        var request = new HttpRequestMessage(call.Method, call.Uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (call.ConsistencyEventual)
        {
            request.Headers.Add("ConsistencyLevel", "eventual");
        }

        if (call.PreferMaxPageSize is { } size)
        {
            request.Headers.Add("Prefer", $"odata.maxpagesize={size}");
        }

        if (call.Body is { } write)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                write(writer);
            }

            request.Content = new ByteArrayContent(buffer.ToArray()) { Headers = { ContentType = Json } };
        }

        return request;
    }

    // ARM's gates are per subscription, like its budgets: a subscription paced to its budget holds up no other.
    private SemaphoreSlim GateFor(ApiCall call) => call.Api == MicrosoftApi.ResourceManager
        ? _resourceManagerGates.GetOrAdd(ThrottleLanes.ResourceManagerScope(call.Path), _ => new SemaphoreSlim(_options.ResourceManagerConcurrency))
        : _gates[call.Api];

    private IReadOnlyList<LaneCharge> Charges(ApiCall call)
    {
        if (call.BudgetItems is not { } items)
        {
            return _lanes.For(call.Api, call.Path, call.Uri.Query);
        }

        return items.SelectMany(i => _lanes.For(call.Api, i.Path, i.Query))
            .GroupBy(c => c.Limiter)
            .Select(g => new LaneCharge(g.Key, g.Sum(c => c.Cost)))
            .ToList();
    }

    private TransientFailure Transient(FailureKind kind, ApiCall call, string what, Exception inner, string? requestId = null) =>
        new(call.Api, kind, new ProviderApiException($"{call.Method.Method} {call.Path} {what}", null, call.Method.Method, call.Path,
            requestId: requestId, isTransient: true, innerException: inner), null);

    private void Count(MicrosoftApi api, long bytes, long units)
    {
        foreach (var metrics in Targets(api))
        {
            metrics.AddRequest(bytes, units);
        }
    }

    private IEnumerable<RequestMetrics> Targets(MicrosoftApi api)
    {
        yield return _totals[api].Metrics;
        if (RequestMetrics.Current is { } step)
        {
            yield return step;
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
