using System.CommandLine;
using TenantGraph.Cli.Configuration;
using TenantGraph.Core.Errors;

namespace TenantGraph.Cli.Commands;

/// <summary><c>tenantgraph validate-config</c>: checks the configuration and reports every problem at once.</summary>
internal static class ValidateConfigCommand
{
    public static Command Create(CliContext context)
    {
        var config = CommonOptions.Config();
        var instance = CommonOptions.Instance();
        var command = new Command("validate-config", """
            Check the configuration (file, environment and flags) without contacting any cloud. Every problem is
            listed with its key and where the value came from; the exit code is 2 if there is any.

            Examples:
              tenantgraph validate-config --config tenantgraph.json
              AZURE_TENANT_ID=… AZURE_CLIENT_ID=… AZURE_CLIENT_SECRET=… tenantgraph validate-config
            """)
        {
            config,
            instance,
        };
        command.SetAction(parse => Run(context, new ConfigFlags { ConfigFile = parse.GetValue(config), Instance = parse.GetValue(instance) }));
        return command;
    }

    private static int Run(CliContext context, ConfigFlags flags)
    {
        try
        {
            var loaded = new ConfigLoader(context.Environment).Load(flags);
            context.Output.WriteLine($"Configuration is valid: store {StoreText.Describe(loaded.Store)}, {loaded.Instances.Count} instance(s).");
            foreach (var instance in loaded.Instances)
            {
                context.Output.WriteLine($"  {instance.Name}: {instance.Integration.Name}, tenant {instance.Credential.TenantId}, " +
                    $"{instance.Credential.SourceDescription}, cloud {instance.Cloud.Name}");
            }

            return ExitCodes.Success;
        }
        catch (ConfigurationException e)
        {
            return ConfigurationReport.Write(context.Error, e);
        }
    }
}
