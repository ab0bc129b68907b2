using TenantGraph.Microsoft.Credentials;
using TenantGraph.Microsoft.Http;
using TenantGraph.Microsoft.Throttling;

namespace TenantGraph.Microsoft;

/// <summary>Settings of one <see cref="MicrosoftApiClient"/> (one per configured instance).</summary>
public sealed record MicrosoftApiClientOptions
{
    public required MicrosoftCredentialOptions Credential { get; init; }

    public CloudEndpoints Endpoints { get; init; } = CloudEndpoints.Public;

    public TlsOptions Tls { get; init; } = new();

    /// <summary>Wall-clock limit of one HTTP attempt, body included; a timed-out attempt is retried.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Retries per request (429, 5xx, timeouts, resets) before the failure reaches the caller.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>Retries of a 2xx response whose body is not JSON; such a body is rarely transient.</summary>
    public int MaxMalformedBodyRetries { get; init; } = 2;

    public TimeSpan BaseRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of one wait, whether from backoff or from a server's Retry-After.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often one listing may restart after an expired page token before failing.</summary>
    public int MaxPageRestarts { get; init; } = 3;

    /// <summary>
    /// Paced for a large tenant (over 500 users), the tier of most tenants worth collecting: pacing a large tenant
    /// at the small tier's budget takes about 2.5 times as long. A smaller tenant's tighter budget is learned from
    /// its resource-unit headers and 429s, which the client honours.
    /// </summary>
    public ThrottleBudgets Budgets { get; init; } = ThrottleBudgets.For(GraphTenantSize.Large);

    public int GraphConcurrency { get; init; } = 8;

    /// <summary>
    /// ARM requests in flight per subscription (requests outside any subscription share one more such gate). ARM
    /// budgets reads per subscription, so one subscription's requests never queue behind another's.
    /// </summary>
    public int ResourceManagerConcurrency { get; init; } = 8;

    /// <summary>Defender allows 100 calls a minute; two in flight already reach it on a fast link.</summary>
    public int DefenderConcurrency { get; init; } = 2;

    /// <summary>
    /// Connections per host. The gates above bound each API; this bounds ARM as a whole, whose gates multiply with
    /// the subscriptions read at once.
    /// </summary>
    public int MaxConnectionsPerHost { get; init; } = 64;

    /// <summary>How many <c>$batch</c> posts of one fan-out are in flight at once.</summary>
    public int BatchParallelism { get; init; } = 4;

    internal int ConcurrencyFor(MicrosoftApi api) => api switch
    {
        MicrosoftApi.ResourceManager => ResourceManagerConcurrency,
        MicrosoftApi.Defender => DefenderConcurrency,
        _ => GraphConcurrency,
    };
}
