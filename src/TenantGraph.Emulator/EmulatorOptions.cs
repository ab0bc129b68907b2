using Microsoft.Extensions.Logging;
using TenantGraph.Emulator.Data;

namespace TenantGraph.Emulator;

/// <summary>Settings for one <see cref="EmulatorHost"/>.</summary>
public sealed record EmulatorOptions
{
    public required TenantData Tenant { get; init; }

    /// <summary>0 picks a free port.</summary>
    public int HttpsPort { get; init; }

    /// <summary>0 picks a free port.</summary>
    public int HttpPort { get; init; }

    public FaultOptions Faults { get; init; } = new();

    public ThrottlingOptions Throttling { get; init; } = new();

    /// <summary>Drives token lifetimes, page and delta token expiry and the throttling buckets.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public ILoggerFactory? LoggerFactory { get; init; }

    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long a <c>$skiptoken</c> stays usable; older ones get Directory_ExpiredPageToken.</summary>
    public TimeSpan PageTokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Directory delta tokens are valid for 7 days (peers.md §4.1).</summary>
    public TimeSpan DeltaTokenLifetime { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Items per ARM list page before a <c>nextLink</c>; providers differ, 1,000 is common.</summary>
    public int ArmPageSize { get; init; } = 1000;

    /// <summary>
    /// Whether Defender lists carry <c>@odata.nextLink</c> when more remain. The recorded <c>/api/machines</c>
    /// answers carry none (m365-defender spec B9), so false serves <c>$top</c>/<c>$skip</c> paging only.
    /// </summary>
    public bool DefenderNextLinks { get; init; } = true;

    /// <summary>
    /// ARM provider namespaces whose lists end with a nextLink holding a null continuation
    /// (<c>$skiptoken=[{"token":null,…}]</c>) that leads back to itself, as Event Grid's do (azure spec §4.3).
    /// </summary>
    public IReadOnlyList<string> ArmNullContinuationProviders { get; init; } = ["Microsoft.EventGrid"];

    /// <summary>How many status reads of a report export job answer <c>inProgress</c> before it completes.</summary>
    public int ExportJobPollsInProgress { get; init; } = 1;

    /// <summary>Objects per delta page unless the client sends <c>Prefer: odata.maxpagesize</c>.</summary>
    public int DeltaPageSize { get; init; } = 100;
}
