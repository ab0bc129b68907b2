namespace TenantGraph.Cli.Configuration;

/// <summary>The whole configuration after file, environment and flags were merged and checked; frozen.</summary>
internal sealed record TenantGraphConfig(string Store, string? TlsCaFile, IReadOnlyList<InstanceConfig> Instances)
{
    public const string DefaultStore = "tenantgraph.db";
}
