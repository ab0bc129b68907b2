using System.CommandLine;
using TenantGraph.Cli.Configuration;
using TenantGraph.Core.Errors;
using TenantGraph.Store;
using TenantGraph.Store.Diff;

namespace TenantGraph.Cli.Commands;

/// <summary><c>tenantgraph diff</c>: created, updated (property by property) and deleted objects between two runs.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var config = CommonOptions.Config();
        var store = CommonOptions.Store();
        var instance = new Option<string?>("--instance", "-i")
        {
            Description = "The instance whose runs to compare (default: every instance in the store)",
        };
        var from = new Option<long?>("--from") { Description = "The earlier run id (default: the completed run before --to)" };
        var to = new Option<long?>("--to") { Description = "The later run id (default: the latest completed run)" };
        var format = new Option<DiffFormat>("--format", "-f") { Description = "table, json or csv", DefaultValueFactory = _ => DiffFormat.Table };
        var command = new Command("diff", """
            Show what changed between two runs of an instance: created, updated (each property before and after) and
            deleted entities and relationships. Types that were partial in the later run are never reported deleted.

            Examples:
              tenantgraph diff
              tenantgraph diff --instance contoso-azure --from 12 --to 15 --format json
            """)
        {
            config, store, instance, from, to, format,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(config), parse.GetValue(store),
            parse.GetValue(instance), parse.GetValue(from), parse.GetValue(to), parse.GetValue(format), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? configFile, string? storeFlag, string? instance,
        long? from, long? to, DiffFormat format, CancellationToken cancellationToken)
    {
        var storeSpec = storeFlag ?? StoreFromConfig(context, configFile);
        if (!GraphStoreFactory.IsPostgres(storeSpec) && !File.Exists(storeSpec))
        {
            context.Error.WriteLine($"error: the store {storeSpec} does not exist; run `tenantgraph collect` or `tenantgraph demo` first");
            return ExitCodes.UsageOrConfiguration;
        }

        using var loggers = context.CreateLoggerFactory(verbose: false);
        await using var store = await GraphStoreFactory.OpenAsync(storeSpec, loggers, context.Time, cancellationToken);
        var instances = instance is not null
            ? [instance]
            : (await store.GetRunsAsync(null, cancellationToken)).Select(r => r.Instance).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if ((from is not null || to is not null) && instances.Length != 1)
        {
            context.Error.WriteLine("error: --from and --to name runs of one instance; give --instance too");
            return ExitCodes.UsageOrConfiguration;
        }

        try
        {
            foreach (var name in instances)
            {
                var diff = await store.DiffAsync(name, from, to, cancellationToken);
                if (format == DiffFormat.Table)
                {
                    context.Output.WriteLine($"{name}: run {diff.From?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} → run {diff.To.Id}");
                }

                await DiffFormatter.WriteAsync(diff, format, context.Output, cancellationToken);
            }
        }
        catch (ArgumentException e)
        {
            // The store names the run or instance; the parameter name it appends means nothing to a user.
            context.Error.WriteLine($"error: {e.Message.Split(" (Parameter", 2)[0]}");
            return ExitCodes.UsageOrConfiguration;
        }

        return ExitCodes.Success;
    }

    private static string StoreFromConfig(CliContext context, string? configFile)
    {
        try
        {
            return new ConfigLoader(context.Environment).Load(new ConfigFlags { ConfigFile = configFile }).Store;
        }
        catch (ConfigurationException)
        {
            // Comparing runs needs only the store; a configuration without valid instances still names it.
            return context.Environment.TryGetValue("TENANTGRAPH_STORE", out var store) && store is { Length: > 0 }
                ? store
                : TenantGraphConfig.DefaultStore;
        }
    }
}
