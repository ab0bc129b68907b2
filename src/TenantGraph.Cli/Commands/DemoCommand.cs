using System.CommandLine;
using System.Globalization;
using TenantGraph.Cli.Configuration;
using TenantGraph.Core.Configuration;
using TenantGraph.Emulator;
using TenantGraph.Emulator.Generation;
using TenantGraph.Integrations;
using TenantGraph.Microsoft;
using TenantGraph.Microsoft.Credentials;
using TenantGraph.Store;
using TenantGraph.Store.Diff;

namespace TenantGraph.Cli.Commands;

/// <summary>
/// <c>tenantgraph demo</c>: the main job on the embedded default. Starts the emulator in-process with a generated
/// tenant covering every integration, collects everything into a SQLite file, and prints what was collected; each
/// later run first changes the emulated tenant a little, so it also shows what changed.
/// </summary>
internal static class DemoCommand
{
    private const double ChangePercent = 5;

    public static Command Create(CliContext context)
    {
        var store = new Option<string>("--store", "-s")
        {
            Description = "Where to keep the graph (a SQLite file or a postgres:// URL)",
            DefaultValueFactory = _ => TenantGraphConfig.DefaultStore,
        };
        var verbose = CommonOptions.Verbose();
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not show per-step progress" };
        var command = new Command("demo", """
            Collect a built-in emulated tenant (Entra ID, Intune, Defender for Endpoint and Azure) into ./tenantgraph.db
            and show what was collected. Run it again: the emulated tenant changes a little each time, and the demo
            shows what changed since the previous collection.

            Examples:
              tenantgraph demo
              tenantgraph demo --store postgres://postgres@127.0.0.1:5432/tenantgraph
            """)
        {
            store, verbose, noProgress,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse.GetValue(store)!, parse.GetValue(verbose), !parse.GetValue(noProgress), cancellationToken)); // has a default
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string storeSpec, bool verbose, bool showProgress,
        CancellationToken cancellationToken)
    {
        var round = await PreviousRoundsAsync(storeSpec, cancellationToken);
        var tenant = TenantGenerator.Generate(GeneratorOptions.Demo);
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Tenant = tenant }, cancellationToken);
        for (var i = 1; i <= round; i++)
        {
            // The same changes every time for a given round, so the demo is repeatable.
            host.Admin.Mutate(ChangePercent, seed: i);
        }

        var caFile = Path.Combine(Path.GetTempPath(), $"tenantgraph-demo-ca-{Environment.ProcessId}.pem");
        host.WriteCaCertificatePem(caFile);
        try
        {
            context.Output.WriteLine($"Emulated tenant {tenant.Info.DisplayName} ({tenant.Info.TenantId}) at {host.HttpsBaseUrl}" +
                (round > 0 ? $", changed {round} time(s) by {ChangePercent.ToString(CultureInfo.InvariantCulture)}% since the first demo" : string.Empty));
            var config = new TenantGraphConfig(storeSpec, caFile, Instances(host, tenant));
            var exitCode = await CollectCommand.CollectAsync(context, config, output: null, useStore: true, showProgress, verbose, cancellationToken);
            await ReportAsync(context, config, round > 0, cancellationToken);
            return exitCode;
        }
        finally
        {
            File.Delete(caFile);
        }
    }

    private static IReadOnlyList<InstanceConfig> Instances(EmulatorHost host, Emulator.Data.TenantData tenant)
    {
        var app = EmulatedInstances.App(tenant);
        var credential = new MicrosoftCredentialOptions(tenant.Info.TenantId, app.ClientId, new Secret(app.ClientSecret ?? string.Empty));
        var urls = EmulatedInstances.Cloud(host);
        var cloud = CloudEndpoints.Custom("cloud", "demo", urls["login"], urls["graph"], urls["resourceManager"], urls["defender"]);
        return EmulatedInstances.For(tenant)
            .Select(i => new InstanceConfig(i.Name, i.Integration, credential, cloud, new IntegrationSettings(i.Settings), null))
            .ToArray();
    }

    private static async Task<int> PreviousRoundsAsync(string storeSpec, CancellationToken cancellationToken)
    {
        if (!GraphStoreFactory.IsPostgres(storeSpec) && !File.Exists(storeSpec))
        {
            return 0;
        }

        await using var store = await GraphStoreFactory.OpenAsync(storeSpec, cancellationToken);
        var runs = await store.GetRunsAsync($"demo-{IntegrationCatalog.All[0].Name}", cancellationToken);
        return runs.Count(r => r.Status is RunStatus.Succeeded or RunStatus.Partial);
    }

    private static async Task ReportAsync(CliContext context, TenantGraphConfig config, bool showChanges, CancellationToken cancellationToken)
    {
        await using var store = await GraphStoreFactory.OpenAsync(config.Store, cancellationToken);
        var culture = CultureInfo.InvariantCulture;
        context.Output.WriteLine();
        context.Output.WriteLine($"The graph in {StoreText.Describe(config.Store)}:");
        foreach (var instance in config.Instances)
        {
            if (await store.GetLatestRunAsync(instance.Name, cancellationToken) is not { } run)
            {
                continue;
            }

            context.Output.WriteLine(string.Create(culture,
                $"  {instance.Name,-28} run {run.Id,4}: {run.EntityCount,7:N0} entities, {run.RelationshipCount,7:N0} relationships ({run.Status.ToString().ToLowerInvariant()})"));
            if (showChanges)
            {
                var diff = await store.DiffAsync(instance.Name, null, run.Id, cancellationToken);
                context.Output.WriteLine(string.Create(culture,
                    $"  {string.Empty,-28} since run {diff.From?.Id ?? 0}: {diff.Count(ChangeKind.Created):N0} created, {diff.Count(ChangeKind.Updated):N0} updated, {diff.Count(ChangeKind.Deleted):N0} deleted"));
            }
        }

        context.Output.WriteLine();
        context.Output.WriteLine("Try next:");
        context.Output.WriteLine("  tenantgraph demo                                 run again: the tenant changes, the demo shows what changed");
        context.Output.WriteLine("  tenantgraph diff --instance demo-azure           every created, updated and deleted object, property by property");
        context.Output.WriteLine("  tenantgraph diff --format json                   the same as JSON (or csv)");
        context.Output.WriteLine("  tenantgraph document --integration azure         the data model the collectors produce");
        context.Output.WriteLine("  tenantgraph emulator --generate --write-config tenantgraph.json   serve the emulated tenant; collect it yourself");
        if (!GraphStoreFactory.IsPostgres(config.Store))
        {
            context.Output.WriteLine($"  sqlite3 {config.Store} \"select type, count(*) from entity_versions where valid_to_run is null group by type\"");
        }
    }
}
