using System.Collections.Concurrent;
using System.Globalization;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Identity;
using TenantGraph.Emulator.Serving;

namespace TenantGraph.Emulator.Throttling;

/// <summary>
/// Applies each service's documented budget (peers.md §2.3): Graph identity resource units per app and
/// tenant, Intune requests per app, ARM subscription reads per principal, Defender calls per minute and hour.
/// </summary>
internal sealed class ServiceThrottler(TenantData data, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, TokenBucket> _buckets = new(StringComparer.OrdinalIgnoreCase);

    public ThrottlingOptions Options { get; set; } = new();

    public void Reset() => _buckets.Clear();

    /// <summary>Null when the call may proceed; the headers to send are added to <paramref name="headers"/> either way.</summary>
    public ApiResponse? Check(ApiRequest request, AccessTokenClaims claims, List<KeyValuePair<string, string>> headers)
    {
        var options = Options;
        var now = time.GetUtcNow();
        switch (request.Api)
        {
            case EmulatorApi.Graph when request.Segments.Length > 2 && GraphPageLimits.IsIntune(request.Segments[2]):
            {
                var bucket = Bucket($"intune|{claims.AppId}", options.IntuneRequestsPer20Seconds, options.IntuneRequestsPer20Seconds / 20.0);
                return !options.Enabled || bucket.TryTake(1)
                    ? null
                    : ErrorBodies.GraphTooManyRequests(request, now).WithHeader("Retry-After", Seconds(bucket.SecondsUntil(1)));
            }

            case EmulatorApi.Graph:
            {
                var cost = GraphResourceUnits.Cost(request);
                headers.Add(new("x-ms-resource-unit", Seconds(cost)));
                int budget;
                lock (data.Gate)
                {
                    budget = options.GraphResourceUnitsPer10Seconds ?? GraphResourceUnits.BudgetPer10Seconds(data.FindCollection("graph/v1.0/users")?.LiveCount ?? 0);
                }

                var bucket = Bucket($"graph|{claims.AppId}|{claims.TenantId}|{budget}", budget, budget / 10.0);
                if (!options.Enabled)
                {
                    return null;
                }

                if (bucket.TryTake(cost))
                {
                    var used = 1 - (bucket.Available / bucket.Capacity);
                    if (used > 0.8)
                    {
                        headers.Add(new("x-ms-throttle-limit-percentage", used.ToString("0.0", CultureInfo.InvariantCulture)));
                    }

                    return null;
                }

                return ErrorBodies.GraphTooManyRequests(request, now)
                    .WithHeader("Retry-After", Seconds(bucket.SecondsUntil(cost)))
                    .WithHeader("x-ms-throttle-scope", $"Tenant_Application/ReadWrite/{claims.TenantId}/{claims.AppId}")
                    .WithHeader("x-ms-throttle-information", "ResourceUnitLimitExceeded");
            }

            case EmulatorApi.Arm:
            {
                var segments = request.Segments;
                var subscription = segments.Length > 2 && segments[1].Equals("subscriptions", StringComparison.OrdinalIgnoreCase) ? segments[2] : claims.TenantId;
                var bucket = Bucket($"arm|{claims.AppId}|{subscription}", options.ArmReadBucketSize, options.ArmReadRefillPerSecond);
                if (!options.Enabled || bucket.TryTake(1))
                {
                    headers.Add(new("x-ms-ratelimit-remaining-subscription-reads", Seconds((int)Math.Floor(bucket.Available))));
                    return null;
                }

                var wait = bucket.SecondsUntil(1);
                return ErrorBodies.Arm(429, "SubscriptionRequestsThrottled",
                        $"Number of 'read' requests for subscription '{subscription}' actor '{claims.ObjectId}' on tenant '{claims.TenantId}' exceeded. Please try again after '{wait}' seconds after the last request.")
                    .WithHeader("Retry-After", Seconds(wait))
                    .WithHeader("x-ms-ratelimit-remaining-subscription-reads", "0");
            }

            case EmulatorApi.Defender:
            {
                var minute = Bucket($"defender-minute|{claims.AppId}", options.DefenderCallsPerMinute, options.DefenderCallsPerMinute / 60.0);
                var hour = Bucket($"defender-hour|{claims.AppId}", options.DefenderCallsPerHour, options.DefenderCallsPerHour / 3600.0);
                if (!options.Enabled || (minute.Available >= 1 && hour.Available >= 1 && minute.TryTake(1) && hour.TryTake(1)))
                {
                    return null;
                }

                var (limit, window, wait) = minute.Available < 1
                    ? (options.DefenderCallsPerMinute, 60, minute.SecondsUntil(1))
                    : (options.DefenderCallsPerHour, 3600, hour.SecondsUntil(1));
                return ErrorBodies.Defender(429, "TooManyRequests",
                        $"API calls quota exceeded! Maximum allowed: {limit} per {window} seconds. Try again in {wait} seconds.", request)
                    .WithHeader("Retry-After", Seconds(wait));
            }

            default:
                return null;
        }
    }

    private TokenBucket Bucket(string key, double capacity, double refill) =>
        _buckets.GetOrAdd(key, _ => new TokenBucket(capacity, refill, time));

    private static string Seconds(int value) => value.ToString(CultureInfo.InvariantCulture);
}
