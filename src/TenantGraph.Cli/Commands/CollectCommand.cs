using System.CommandLine;
using TenantGraph.Cli.Collect;
using TenantGraph.Cli.Configuration;
using TenantGraph.Core.Errors;
using TenantGraph.Store;

namespace TenantGraph.Cli.Commands;

/// <summary>
/// <c>tenantgraph collect</c>: collects every configured instance (or one) into the store, and into a folder in
/// JupiterOne's collect layout when asked.
/// </summary>
internal static class CollectCommand
{
    public static Command Create(CliContext context)
    {
        var config = CommonOptions.Config();
        var instance = CommonOptions.Instance();
        var store = CommonOptions.Store();
        var verbose = CommonOptions.Verbose();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Also keep the JupiterOne collect layout (graph/<step>/…, summary.json) in this folder; " +
                "with several instances, one subfolder per instance",
        };
        var noStore = new Option<bool>("--no-store") { Description = "Do not write the store; only the --output folder" };
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not show per-step progress" };
        var command = new Command("collect", """
            Collect the configured instances: sign in, run every step of each integration, then store the run as one
            snapshot (the previous one stays whole if anything fails). Failed steps mark their types partial.

            Examples:
              tenantgraph collect --config tenantgraph.json
              tenantgraph collect --config tenantgraph.json --instance contoso-m365 --output out/
              tenantgraph collect --store postgres://tenantgraph@db/tenantgraph
            """)
        {
            config, instance, store, output, noStore, noProgress, verbose,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context,
            new ConfigFlags { ConfigFile = parse.GetValue(config), Instance = parse.GetValue(instance), Store = parse.GetValue(store) },
            parse.GetValue(output), !parse.GetValue(noStore), !parse.GetValue(noProgress), parse.GetValue(verbose), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, ConfigFlags flags, string? output, bool useStore, bool showProgress,
        bool verbose, CancellationToken cancellationToken)
    {
        TenantGraphConfig config;
        try
        {
            config = new ConfigLoader(context.Environment).Load(flags);
        }
        catch (ConfigurationException e)
        {
            return ConfigurationReport.Write(context.Error, e);
        }

        return await CollectAsync(context, config, output, useStore, showProgress, verbose, cancellationToken);
    }

    public static async Task<int> CollectAsync(CliContext context, TenantGraphConfig config, string? output, bool useStore,
        bool showProgress, bool verbose, CancellationToken cancellationToken)
    {
        using var loggers = context.CreateLoggerFactory(verbose);
        IGraphStore? store = null;
        try
        {
            if (useStore)
            {
                store = await GraphStoreFactory.OpenAsync(config.Store, loggers, context.Time, cancellationToken);
            }
        }
        catch (StoreVersionException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageOrConfiguration;
        }

        await using (store)
        {
            var collector = new InstanceCollector(context, loggers, config, showProgress);
            var outcomes = new List<CollectOutcome>();
            foreach (var instance in config.Instances)
            {
                var directory = output is null
                    ? Directory.CreateTempSubdirectory("tenantgraph-collect-").FullName
                    : config.Instances.Count == 1 ? output : Path.Combine(output, instance.Name);
                try
                {
                    outcomes.Add(await collector.CollectAsync(instance, directory, store, cancellationToken));
                }
                catch (StoreConcurrencyException e)
                {
                    context.Error.WriteLine($"error: {e.Message}");
                    outcomes.Add(new CollectOutcome(instance.Name, ExitCodes.NothingCollected, null, null, e.Message));
                }
                finally
                {
                    if (output is null)
                    {
                        Directory.Delete(directory, recursive: true);
                    }
                }

                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }
            }

            return ExitCode(outcomes);
        }
    }

    /// <summary>3 only when no instance could be collected at all; otherwise 1 when anything was partial.</summary>
    private static int ExitCode(IReadOnlyList<CollectOutcome> outcomes) =>
        outcomes.Count == 0 || outcomes.All(o => o.ExitCode == ExitCodes.NothingCollected)
            ? ExitCodes.NothingCollected
            : outcomes.Any(o => o.ExitCode != ExitCodes.Success) ? ExitCodes.Partial : ExitCodes.Success;
}
