namespace TenantGraph.Integrations;

/// <summary>Every integration TenantGraph offers, in the order documentation lists them.</summary>
public static class IntegrationCatalog
{
    public static IReadOnlyList<IIntegration> All { get; } =
    [
        new Microsoft365.Microsoft365Integration(),
        new Microsoft365.Microsoft365LegacyIntegration(),
        new Defender.DefenderIntegration(),
        new Azure.AzureIntegration(),
    ];

    public static IIntegration? Find(string name) =>
        All.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
}
