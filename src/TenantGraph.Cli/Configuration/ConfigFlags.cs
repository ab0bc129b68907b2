namespace TenantGraph.Cli.Configuration;

/// <summary>Configuration given on the command line; highest precedence.</summary>
internal sealed record ConfigFlags
{
    public string? ConfigFile { get; init; }

    public string? Store { get; init; }

    /// <summary>Keeps only the named instance.</summary>
    public string? Instance { get; init; }
}
