using TenantGraph.Emulator.Serving;

namespace TenantGraph.Emulator.Faults;

/// <summary>Draws the configured faults from one seeded random sequence, so a seed replays a run.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private FaultOptions _options = FaultOptions.None;
    private Random _random = new(1);

    public FaultInjector(FaultOptions options) => Options = options;

    public FaultOptions Options
    {
        get
        {
            lock (_gate)
            {
                return _options;
            }
        }

        set
        {
            lock (_gate)
            {
                _options = value;
                _random = new Random(value.Seed);
            }
        }
    }

    public TimeSpan NextDelay()
    {
        lock (_gate)
        {
            return _options.Latency + (_options.Jitter * _random.NextDouble());
        }
    }

    /// <summary>A 429 or 5xx the service would send regardless of budgets; null for none.</summary>
    public ApiResponse? ServiceFault(ApiRequest request, DateTimeOffset now)
    {
        bool throttle;
        bool serverError;
        bool gatewayTimeout;
        bool withRetryAfter;
        lock (_gate)
        {
            throttle = Roll(_options.ThrottleRate);
            serverError = !throttle && Roll(_options.ServerErrorRate);
            gatewayTimeout = _random.NextDouble() < 0.5;
            withRetryAfter = _random.NextDouble() < 0.5;
        }

        if (throttle)
        {
            var throttled = request.Api switch
            {
                EmulatorApi.Arm => ErrorBodies.Arm(429, "SubscriptionRequestsThrottled", "Number of 'read' requests for the subscription exceeded. Please try again after '1' seconds after the last request."),
                EmulatorApi.Defender => ErrorBodies.Defender(429, "TooManyRequests", "API calls quota exceeded! Try again in 1 seconds.", request),
                _ => ErrorBodies.GraphTooManyRequests(request, now),
            };
            return throttled.WithHeader("Retry-After", "1");
        }

        if (!serverError)
        {
            return null;
        }

        var status = gatewayTimeout ? 504 : 503;
        var response = request.Api switch
        {
            EmulatorApi.Arm => ErrorBodies.Arm(status, gatewayTimeout ? "GatewayTimeout" : "ServiceUnavailable", "The request timed out or the service is unavailable. Retry the request."),
            EmulatorApi.Defender => ErrorBodies.Defender(status, "ServiceUnavailable", "The service is temporarily unavailable.", request),
            _ => ErrorBodies.Graph(status, gatewayTimeout ? "UnknownError" : "serviceNotAvailable", gatewayTimeout ? string.Empty : "Service is unavailable. Please try again later.", request, now),
        };
        return withRetryAfter ? response.WithHeader("Retry-After", "1") : response;
    }

    public TransportFault NextTransportFault()
    {
        lock (_gate)
        {
            if (Roll(_options.ConnectionResetRate))
            {
                return TransportFault.ConnectionReset;
            }

            if (Roll(_options.MalformedBodyRate))
            {
                return TransportFault.MalformedBody;
            }

            return Roll(_options.SlowBodyRate) ? TransportFault.SlowBody : TransportFault.None;
        }
    }

    /// <summary>Caller holds the lock; a zero rate draws nothing, so adding a fault type keeps other sequences.</summary>
    private bool Roll(double rate) => rate > 0 && _random.NextDouble() < rate;
}
