using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Faults;
using TenantGraph.Emulator.Serving;
using TenantGraph.Emulator.Throttling;

namespace TenantGraph.Emulator;

/// <summary>Runtime control of a running emulator: faults, throttling, token expiry and tenant changes.</summary>
public sealed class EmulatorAdmin
{
    private readonly FaultInjector _faults;
    private readonly ServiceThrottler _throttler;
    private readonly PageTokens _pageTokens;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal EmulatorAdmin(TenantData tenant, FaultInjector faults, ServiceThrottler throttler, PageTokens pageTokens, TimeProvider time, ILogger logger)
    {
        Tenant = tenant;
        _faults = faults;
        _throttler = throttler;
        _pageTokens = pageTokens;
        _time = time;
        _logger = logger;
    }

    public TenantData Tenant { get; }

    public FaultOptions Faults
    {
        get => _faults.Options;
        set => _faults.Options = value;
    }

    /// <summary>Replacing the options also refills every budget.</summary>
    public ThrottlingOptions Throttling
    {
        get => _throttler.Options;
        set
        {
            _throttler.Options = value;
            _throttler.Reset();
        }
    }

    public void ResetThrottling() => _throttler.Reset();

    /// <summary>Withdraws permissions (or ARM actions) from every app until the faults are replaced.</summary>
    public void Deny(params string[] permissions) => Faults = Faults with { DeniedPermissions = [.. Faults.DeniedPermissions, .. permissions] };

    /// <summary>Every <c>$skiptoken</c> issued so far now gets Directory_ExpiredPageToken.</summary>
    public void ExpireAllPageTokens() => _pageTokens.ExpirePageTokens();

    /// <summary>Every delta link issued so far now gets 410 Gone.</summary>
    public void ExpireAllDeltaTokens() => _pageTokens.ExpireDeltaTokens();

    /// <summary>Adds, changes and deletes about <paramref name="percent"/>% of the objects, deterministically for a seed.</summary>
    public MutationSummary Mutate(double percent, int seed)
    {
        var summary = TenantMutator.Mutate(Tenant, percent, seed, _time.GetUtcNow());
        Log.TenantMutated(_logger, summary.Added, summary.Changed, summary.Deleted);
        return summary;
    }

    internal ApiResponse MutateFromQuery(ODataQuery query)
    {
        if (!double.TryParse(query["percent"] ?? "5", NumberStyles.Float, CultureInfo.InvariantCulture, out var percent)
            || !int.TryParse(query["seed"] ?? "1", NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
        {
            return ErrorBodies.Arm(400, "BadRequest", "percent must be a number and seed an integer.");
        }

        var summary = Mutate(percent, seed);
        return new ApiResponse(200, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, int>
        {
            ["added"] = summary.Added,
            ["changed"] = summary.Changed,
            ["deleted"] = summary.Deleted,
        }));
    }
}
