using System.Text.Json;
using System.Text.Json.Nodes;
using TenantGraph.Emulator.Data;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.ResourceManager;

/// <summary>
/// An emulator tenant for Resource Manager step tests, assembled from the recorded Azure tenant
/// (testdata/tenants/azure): one subscription (the recordings' several subscription ids, and the placeholder
/// <c>subscription-id</c>, become <see cref="SubscriptionId"/>), its resource groups, and whichever recorded
/// collections a test adds, at the path the collector lists them from (recorded per-group listings are
/// gathered under the subscription-wide path).
/// </summary>
internal sealed class RecordedArm
{
    public const string SubscriptionId = "5b7d6a58-2c47-4c1e-9b7e-0c3f6a2d9e11";

    private static readonly string[] RecordedSubscriptions =
        ["subscription-id", "40474ebe-55a2-4071-8fa8-b610acdd8e56", "d3803fd6-2ba4-4286-80aa-f3d613ad59a7"];

    private readonly string _root = Path.Combine(AppContext.BaseDirectory, "testdata", "tenants", "azure", "arm");

    public RecordedArm(params string[] grantedPermissions)
    {
        Tenant = new TenantData(new TenantInfo
        {
            TenantId = "7f3c2d1e-0a9b-4c8d-8e7f-6a5b4c3d2e1f",
            Apps =
            [
                new AppRegistration
                {
                    ClientId = "recorded-client",
                    ClientSecret = "emulator-secret",
                    GrantedPermissions = grantedPermissions.Length == 0 ? ["*/read"] : grantedPermissions,
                },
            ],
        });
        Tenant.Add("arm/subscriptions", JsonNode.Parse($$"""
            {"id":"/subscriptions/{{SubscriptionId}}","subscriptionId":"{{SubscriptionId}}","displayName":"Recorded subscription","state":"Enabled","authorizationSource":"RoleBased"}
            """)!.AsObject());
        foreach (var group in (string[])["j1dev", "j1dev-secondary-redis-cache-resource-group", "cloud-shell-storage-eastus"])
        {
            Tenant.Add($"arm/subscriptions/{SubscriptionId}/resourcegroups", JsonNode.Parse($$$"""
                {"id":"/subscriptions/{{{SubscriptionId}}}/resourceGroups/{{{group}}}","name":"{{{group}}}","type":"Microsoft.Resources/resourceGroups","location":"eastus","properties":{"provisioningState":"Succeeded"}}
                """)!.AsObject());
        }
    }

    public TenantData Tenant { get; }

    public static string Id(string relative) => $"/subscriptions/{SubscriptionId}/resourceGroups/{relative}";

    public static IntegrationSettings Settings { get; } = new(new Dictionary<string, JsonElement>
    {
        ["subscriptionId"] = JsonSerializer.SerializeToElement(SubscriptionId),
    });

    /// <summary>Adds the items of every recorded file matching <paramref name="recordedPattern"/> to <paramref name="listPath"/>.</summary>
    /// <param name="recordedPattern">A path under testdata/tenants/azure/arm/subscriptions, <c>*</c> allowed in segments.</param>
    /// <param name="listPath">Where the collector lists them, relative to <c>/subscriptions/{id}</c>; null keeps the recorded path.</param>
    public RecordedArm Add(string recordedPattern, string? listPath = null)
    {
        var files = Glob(Path.Combine(_root, "subscriptions"), recordedPattern.Split('/'));
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var subscription in RecordedSubscriptions)
            {
                text = text.Replace($"/subscriptions/{subscription}/", $"/subscriptions/{SubscriptionId}/", StringComparison.Ordinal);
            }

            var relative = Path.GetRelativePath(Path.Combine(_root, "subscriptions"), file).Replace('\\', '/');
            var target = listPath is null
                ? $"arm/subscriptions/{SubscriptionId}/{string.Join('/', relative.Split('/').Skip(1))}"[..^".json".Length]
                : $"arm/subscriptions/{SubscriptionId}/{listPath}";
            Tenant.EnsureCollection(target);
            foreach (var item in JsonNode.Parse(text)!["value"]!.AsArray())
            {
                Tenant.Add(target, item!.AsObject());
            }
        }

        return this;
    }

    /// <summary>Adds one object shaped like an ARM response to the collection at <paramref name="listPath"/> (relative to the subscription).</summary>
    public RecordedArm AddObject(string listPath, string json)
    {
        Tenant.Add($"arm/subscriptions/{SubscriptionId}/{listPath}", JsonNode.Parse(json.Replace("{S}", SubscriptionId, StringComparison.Ordinal))!.AsObject());
        return this;
    }

    public Task<Cloud> StartAsync() => Cloud.StartAsync(Tenant);

    private static List<string> Glob(string directory, string[] segments)
    {
        if (segments.Length == 1)
        {
            return Directory.Exists(directory)
                ? [.. Directory.GetFiles(directory, segments[0] + ".json").Order(StringComparer.Ordinal)]
                : [];
        }

        return Directory.Exists(directory)
            ? [.. Directory.GetDirectories(directory, segments[0]).Order(StringComparer.Ordinal).SelectMany(d => Glob(d, segments[1..]))]
            : [];
    }
}
