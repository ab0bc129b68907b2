using System.Text.Json.Nodes;
using TenantGraph.Emulator;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Generation;

namespace TenantGraph.Cli.Tests;

/// <summary>
/// The emulator serving a small generated tenant on 127.0.0.1, and a configuration file that collects it with the
/// given app secret, written into the test's directory.
/// </summary>
internal sealed class EmulatedTenant : IAsyncDisposable
{
    private EmulatedTenant(EmulatorHost host, TenantData tenant, string caFile)
    {
        Host = host;
        Tenant = tenant;
        CaFile = caFile;
    }

    public EmulatorHost Host { get; }

    public TenantData Tenant { get; }

    public string CaFile { get; }

    public static Task<EmulatedTenant> StartAsync(TempDirectory directory, string clientSecret,
        Func<EmulatorOptions, EmulatorOptions>? configure = null) =>
        StartAsync(directory, TenantGenerator.Generate(GeneratorOptions.Demo with { ClientSecret = clientSecret, Users = 12, Groups = 4, Memberships = 20 }), configure);

    /// <summary>The emulator serving <paramref name="tenant"/>, signed in with its first app's secret.</summary>
    public static async Task<EmulatedTenant> StartAsync(TempDirectory directory, TenantData tenant,
        Func<EmulatorOptions, EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { Tenant = tenant, Throttling = ThrottlingOptions.Disabled };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var host = await EmulatorHost.StartAsync(configure?.Invoke(options) ?? options, timeout.Token);
        var caFile = Path.Combine(directory.Path, "emulator-ca.pem");
        host.WriteCaCertificatePem(caFile);
        return new EmulatedTenant(host, tenant, caFile);
    }

    /// <summary>A tenantgraph.json with one instance of the integration, signed in with the given secret.</summary>
    public string WriteConfig(TempDirectory directory, string integration, string clientSecret, string store, string instance = "contoso")
    {
        var config = new JsonObject
        {
            ["store"] = store,
            ["tls"] = new JsonObject { ["caFile"] = CaFile },
            ["instances"] = new JsonArray(new JsonObject
            {
                ["name"] = instance,
                ["integration"] = integration,
                ["tenantId"] = Tenant.Info.TenantId,
                ["clientId"] = Tenant.Info.Apps[0].ClientId,
                ["clientSecret"] = clientSecret,
                ["cloud"] = new JsonObject
                {
                    ["login"] = Host.LoginUrl.ToString(),
                    ["graph"] = Host.GraphUrl.ToString(),
                    ["resourceManager"] = Host.ResourceManagerUrl.ToString(),
                    ["defender"] = Host.DefenderUrl.ToString(),
                },
            }),
        };
        return directory.File("tenantgraph.json", config.ToJsonString());
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
