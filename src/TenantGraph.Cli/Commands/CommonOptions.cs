using System.CommandLine;

namespace TenantGraph.Cli.Commands;

/// <summary>Options several commands share, declared once so they read and behave alike.</summary>
internal static class CommonOptions
{
    public static Option<string?> Config() => new("--config", "-c")
    {
        Description = "Configuration file (default: ./tenantgraph.json if present, else Azure.Identity's AZURE_* variables)",
    };

    public static Option<string?> Instance() => new("--instance", "-i")
    {
        Description = "Only this configured instance",
    };

    public static Option<string?> Store() => new("--store", "-s")
    {
        Description = "Graph store: a SQLite file path or a postgres:// URL (default: the config's store, else tenantgraph.db)",
    };

    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Log debug detail to standard error",
    };
}
