namespace TenantGraph.Emulator;

/// <summary>Failures the emulator injects. Rates are probabilities per request in [0, 1].</summary>
public sealed record FaultOptions
{
    public TimeSpan Latency { get; init; }

    /// <summary>A uniformly drawn extra delay in [0, Jitter).</summary>
    public TimeSpan Jitter { get; init; }

    /// <summary>Share of API requests answered 429 regardless of the throttling budget.</summary>
    public double ThrottleRate { get; init; }

    /// <summary>Share answered 503 or 504 (half of them with a Retry-After).</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>Share whose connection is aborted before a response.</summary>
    public double ConnectionResetRate { get; init; }

    /// <summary>Share whose JSON body is cut in half.</summary>
    public double MalformedBodyRate { get; init; }

    /// <summary>Share whose body is written in small pieces with pauses.</summary>
    public double SlowBodyRate { get; init; }

    public TimeSpan SlowBodyChunkDelay { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Seed for every random choice, so a run with faults can be replayed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Permissions or ARM actions treated as not granted, whatever the app registration says.</summary>
    public IReadOnlyList<string> DeniedPermissions { get; init; } = [];

    /// <summary>
    /// API paths answered 404, as by a service or API version that does not offer them: the path as requested,
    /// without query, such as <c>defender/api/vulnerabilities/machinesVulnerabilities</c> (compared ignoring case).
    /// </summary>
    public IReadOnlyList<string> MissingPaths { get; init; } = [];

    /// <summary>How many report export jobs, the first ones created, stay <c>inProgress</c> however often they are polled.</summary>
    public int StalledExportJobs { get; init; }

    public static FaultOptions None { get; } = new();
}
