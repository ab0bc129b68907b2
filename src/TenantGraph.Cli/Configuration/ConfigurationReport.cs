using TenantGraph.Core.Errors;

namespace TenantGraph.Cli.Configuration;

/// <summary>How every command reports a configuration it cannot use: each problem on its own line, exit code 2.</summary>
internal static class ConfigurationReport
{
    public static int Write(TextWriter error, ConfigurationException exception)
    {
        error.WriteLine($"The configuration has {exception.Problems.Count} problem(s):");
        foreach (var problem in exception.Problems)
        {
            error.WriteLine($"  {problem}");
        }

        return ExitCodes.UsageOrConfiguration;
    }
}
