using System.Text.Json;
using TenantGraph.Emulator;
using TenantGraph.Emulator.Data;
using TenantGraph.Integrations;

namespace TenantGraph.Cli;

/// <summary>
/// One instance per integration pointed at an emulator, signed in as the tenant's first app: what the demo collects
/// and what <c>emulator --write-config</c> writes.
/// </summary>
internal static class EmulatedInstances
{
    public sealed record Instance(string Name, IIntegration Integration, IReadOnlyDictionary<string, JsonElement> Settings);

    public static IReadOnlyList<Instance> For(TenantData tenant) =>
        IntegrationCatalog.All.Select(i => new Instance($"demo-{i.Name}", i, SettingsFor(i, tenant))).ToArray();

    public static AppRegistration App(TenantData tenant) => tenant.Info.Apps[0];

    public static IReadOnlyDictionary<string, string> Cloud(EmulatorHost host) => new Dictionary<string, string>
    {
        ["login"] = host.LoginUrl.ToString(),
        ["graph"] = host.GraphUrl.ToString(),
        ["resourceManager"] = host.ResourceManagerUrl.ToString(),
        ["defender"] = host.DefenderUrl.ToString(),
    };

    // Azure collects the emulated subscription and its directory; the other integrations need no settings.
    private static Dictionary<string, JsonElement> SettingsFor(IIntegration integration, TenantData tenant)
    {
        var settings = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (integration.Name != "azure")
        {
            return settings;
        }

        var subscription = tenant.CollectionPaths
            .Select(p => p.Split('/'))
            .FirstOrDefault(p => p.Length > 2 && p[0] == "arm" && string.Equals(p[1], "subscriptions", StringComparison.OrdinalIgnoreCase))?[2];
        if (subscription is not null)
        {
            settings["subscriptionId"] = JsonSerializer.SerializeToElement(subscription);
        }

        settings["ingestActiveDirectory"] = JsonSerializer.SerializeToElement(true);
        return settings;
    }
}
