using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Emulator.Faults;
using TenantGraph.Emulator.Hosting;
using TenantGraph.Emulator.Identity;
using TenantGraph.Emulator.Serving;
using TenantGraph.Emulator.Serving.Hunting;
using TenantGraph.Emulator.Serving.Reports;
using TenantGraph.Emulator.Throttling;

namespace TenantGraph.Emulator;

/// <summary>
/// A Microsoft cloud emulator on 127.0.0.1: identity platform token endpoint, Graph, Defender for Endpoint
/// and ARM, over https (certificate made at start) and plain http. Layout under either base URL:
/// <c>{tenant}/oauth2/v2.0/token</c>, <c>graph/</c>, <c>defender/</c>, <c>arm/</c>, <c>_admin/</c>.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorCertificates _certificates;
    private readonly AccessTokenService _tokens;
    private readonly ExportJobService _exportJobs;
    private readonly ILogger _logger;

    private EmulatorHost(WebApplication app, EmulatorCertificates certificates, AccessTokenService tokens, ExportJobService exportJobs, EmulatorCounters counters, EmulatorAdmin admin, ILogger logger, Uri https, Uri http)
    {
        _app = app;
        _certificates = certificates;
        _tokens = tokens;
        _exportJobs = exportJobs;
        _logger = logger;
        Counters = counters;
        Admin = admin;
        HttpsBaseUrl = https;
        HttpBaseUrl = http;
    }

    public Uri HttpsBaseUrl { get; }

    public Uri HttpBaseUrl { get; }

    /// <summary>The authority host for Azure.Identity (with DisableInstanceDiscovery).</summary>
    public Uri LoginUrl => HttpsBaseUrl;

    public Uri GraphUrl => new(HttpsBaseUrl, "graph/");

    public Uri DefenderUrl => new(HttpsBaseUrl, "defender/");

    public Uri ResourceManagerUrl => new(HttpsBaseUrl, "arm/");

    /// <summary>The CA that signed the server certificate; clients add it to their trust.</summary>
    public X509Certificate2 CaCertificate => _certificates.Ca;

    public EmulatorCounters Counters { get; }

    public EmulatorAdmin Admin { get; }

    public static async Task<EmulatorHost> StartAsync(EmulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var logger = loggerFactory.CreateLogger("TenantGraph.Emulator");
        var time = options.TimeProvider;
        var tenant = options.Tenant;
        var certificates = EmulatorCertificates.Create(TimeProvider.System); // TLS clients check validity against the real clock
        var tokens = new AccessTokenService(time, options.AccessTokenLifetime);
        var counters = new EmulatorCounters();
        var faults = new FaultInjector(options.Faults);
        var throttler = new ServiceThrottler(tenant, time) { Options = options.Throttling };
        var pageTokens = new PageTokens(time, options.PageTokenLifetime, options.DeltaTokenLifetime);
        var graph = new GraphService(tenant, pageTokens, new DeltaService(tenant, pageTokens, time, options.DeltaPageSize), time);
        var exportJobs = new ExportJobService(tenant, faults, options.ExportJobPollsInProgress, counters, time);
        var dispatcher = new ApiDispatcher(tenant, tokens, faults, throttler, graph, new DefenderService(tenant, options.DefenderNextLinks), new AdvancedHuntingService(tenant), new ArmService(tenant, pageTokens, options.ArmPageSize, options.ArmNullContinuationProviders), exportJobs, counters, time);
        var admin = new EmulatorAdmin(tenant, faults, throttler, pageTokens, time, logger);
        var handler = new RequestHandler(new TokenEndpoint(tenant, tokens, time, logger), dispatcher, new BatchService(dispatcher, time), exportJobs, faults, admin, counters, logger);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.HttpsPort, listen =>
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(certificates.Server);
            });
            kestrel.Listen(IPAddress.Loopback, options.HttpPort);
        });
        var app = builder.Build();
        app.Run(handler.HandleAsync);
        await app.StartAsync(cancellationToken);

        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses; // Kestrel always provides its addresses
        var https = new Uri(addresses.First(a => a.StartsWith("https://", StringComparison.Ordinal)).TrimEnd('/') + "/");
        var http = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/') + "/");
        Log.Started(logger, tenant.Info.TenantId, https, http);
        return new EmulatorHost(app, certificates, tokens, exportJobs, counters, admin, logger, https, http);
    }

    /// <summary>Writes the CA certificate as PEM, for <c>tls.caFile</c> or other clients.</summary>
    public void WriteCaCertificatePem(string path) => File.WriteAllText(path, CaCertificate.ExportCertificatePem() + "\n");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Log.Stopped(_logger, Counters.TotalRequests);
        _tokens.Dispose();
        _exportJobs.Dispose();
        _certificates.Dispose();
    }
}
