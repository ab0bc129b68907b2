using System.CommandLine;
using TenantGraph.Cli.Commands;

namespace TenantGraph.Cli;

/// <summary>The <c>tenantgraph</c> command tree.</summary>
internal static class TenantGraphCli
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("""
            TenantGraph collects Entra ID, Intune, Defender for Endpoint and Azure Resource Manager into one asset
            graph in JupiterOne's data model, keeps every collection as a snapshot and shows what changed.

            Start with `tenantgraph demo`, which needs no tenant: it collects a built-in emulated one.
            Exit codes: 0 success, 1 partial (some steps failed), 2 usage or configuration error, 3 nothing collected.
            """);
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(DocumentCommand.Create(context));
        root.Subcommands.Add(ValidateConfigCommand.Create(context));
        root.Subcommands.Add(CollectCommand.Create(context));
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(EmulatorCommand.Create(context));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        var parse = Create(context).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine($"error: {error.Message}");
            }

            context.Error.WriteLine("Run 'tenantgraph --help' for usage.");
            return ExitCodes.UsageOrConfiguration;
        }

        try
        {
            return await parse.InvokeAsync(
                new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false },
                cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Error.WriteLine("Stopped: what finished was kept.");
            return ExitCodes.Partial;
        }
        catch (Exception e)
        {
            // The command's entry point: an unexpected failure (a full disk, an unreadable file) is one line for
            // the user rather than a stack trace; the steps' own failures were already logged where they happened.
            context.Error.WriteLine($"error: {e.Message} ({e.GetType().Name})");
            return ExitCodes.Partial;
        }
    }
}
