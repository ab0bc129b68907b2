using System.Diagnostics;
using System.Globalization;
using TenantGraph.Core.Configuration;
using TenantGraph.Emulator;
using TenantGraph.Emulator.Generation;
using TenantGraph.Microsoft;
using TenantGraph.Microsoft.Credentials;
using TenantGraph.Microsoft.Http;

namespace TenantGraph.Bench.Microsoft365;

/// <summary>
/// The emulator and its generated tenant in a second process (this program started with <c>--serve</c>), so that the
/// collector's memory is measured on its own. The child prints one <c>key value</c> line per fact, <c>ready</c> once
/// serving, and its counters after a <c>stop</c> line on its standard input.
/// </summary>
internal sealed class EmulatorProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Dictionary<string, string> _facts;

    private EmulatorProcess(Process process, Dictionary<string, string> facts)
    {
        _process = process;
        _facts = facts;
    }

    public string Fact(string key) => _facts[key];

    /// <summary>Starts the child with the same sizes and waits until it serves.</summary>
    public static async Task<EmulatorProcess> StartAsync(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) // a running process has a path
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("dotnet", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(EmulatorProcess).Assembly.Location);
        }

        foreach (var arg in args.Append("--serve"))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!; // UseShellExecute false always yields a process or throws
        var facts = await ReadFactsAsync(process, "ready");
        if (!facts.ContainsKey("ca"))
        {
            await process.WaitForExitAsync();
            throw new InvalidOperationException($"The emulator process exited with {process.ExitCode} before serving.");
        }

        return new EmulatorProcess(process, facts);
    }

    /// <summary>A client of the child as a user would configure one: the custom preset and the emulator's CA file.</summary>
    public MicrosoftApiClientOptions ClientOptions(GeneratorOptions generator) => new()
    {
        Credential = new MicrosoftCredentialOptions(Fact("tenant"), generator.ClientId, new Secret(generator.ClientSecret)),
        Endpoints = CloudEndpoints.Custom("bench", "bench", Fact("login"), Fact("graph"), Fact("arm"), Fact("defender")),
        Tls = new TlsOptions(Fact("ca")),
    };

    /// <summary>Asks the child for its counters and lets it exit.</summary>
    public async Task<IReadOnlyDictionary<string, string>> StopAsync()
    {
        await _process.StandardInput.WriteLineAsync("stop");
        var facts = await ReadFactsAsync(_process, "stopped");
        await _process.WaitForExitAsync();
        return facts;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>The child's side: generate, serve with Microsoft's budgets and the latency, report, stop on request.</summary>
    public static async Task ServeAsync(GeneratorOptions generator, TimeSpan latency)
    {
        var clock = Stopwatch.StartNew();
        var tenant = TenantGenerator.Generate(generator);
        GC.Collect();
        Say("generated-seconds", clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture));
        Say("tenant-working-set-mib", (Environment.WorkingSet >> 20).ToString(CultureInfo.InvariantCulture));
        await using var cloud = await BenchCloud.StartAsync(tenant, generator, latency);
        var directory = Directory.CreateTempSubdirectory("tenantgraph-bench-emulator-").FullName;
        try
        {
            var ca = Path.Combine(directory, "emulator-ca.pem");
            cloud.Host.WriteCaCertificatePem(ca);
            Say("tenant", tenant.Info.TenantId);
            Say("login", cloud.Host.LoginUrl.ToString());
            Say("graph", cloud.Host.GraphUrl.ToString());
            Say("arm", cloud.Host.ResourceManagerUrl.ToString());
            Say("defender", cloud.Host.DefenderUrl.ToString());
            Say("ca", ca);
            Console.WriteLine("ready");
            string? line;
            do
            {
                line = await Console.In.ReadLineAsync();
            }
            while (line is not null and not "stop");

            var counters = cloud.Host.Counters;
            Say("graph-requests", counters.Requests(EmulatorApi.Graph).ToString(CultureInfo.InvariantCulture));
            Say("graph-throttled", counters.Throttled(EmulatorApi.Graph).ToString(CultureInfo.InvariantCulture));
            Say("token-requests", counters.Requests(EmulatorApi.Login).ToString(CultureInfo.InvariantCulture));
            Say("export-jobs", counters.ExportJobs.ToString(CultureInfo.InvariantCulture));
            Say("downloads", counters.Downloads.ToString(CultureInfo.InvariantCulture));
            Say("peak-working-set-mib", (Process.GetCurrentProcess().PeakWorkingSet64 >> 20).ToString(CultureInfo.InvariantCulture));
            Console.WriteLine("stopped");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void Say(string key, string value) => Console.WriteLine($"{key} {value}");

    private static async Task<Dictionary<string, string>> ReadFactsAsync(Process process, string end)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await process.StandardOutput.ReadLineAsync() is { } line && line != end)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                facts[line[..space]] = line[(space + 1)..];
            }
        }

        return facts;
    }
}
