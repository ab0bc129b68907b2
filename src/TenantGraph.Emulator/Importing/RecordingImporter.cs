using System.Text.Json;
using System.Text.Json.Nodes;
using TenantGraph.Emulator.Data;
using TenantGraph.Emulator.Generation;

namespace TenantGraph.Emulator.Importing;

/// <summary>
/// Turns recorded exchanges (JSON lists of <c>{method,url,status,headers,body}</c>) into the emulator's
/// tenant folder: successful GETs become collections (pages merged by id, properties unioned), single
/// objects join their parent collection, <c>$expand</c>ed navigations become child collections, and
/// token exchanges name the tenant.
/// </summary>
public static class RecordingImporter
{
    private static readonly char[] UnsafePathCharacters = ['(', ')', '\'', ':', '*', '?', '"', '<', '>', '|', '$', ' '];

    public static TenantData Import(string recordingsDir, string outputDir)
    {
        var collections = new SortedDictionary<string, Dictionary<string, JsonObject>>(StringComparer.OrdinalIgnoreCase);
        var singletons = new SortedDictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        var tenants = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var intuneRefused = false;
        var intuneAnswered = false;
        foreach (var file in Directory.EnumerateFiles(recordingsDir, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var exchange in RecordedExchange.ReadFile(file))
            {
                if (exchange.Url.AbsolutePath.Contains("/oauth2/", StringComparison.Ordinal) && exchange.Status == 200)
                {
                    var tenant = exchange.Url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
                    tenants[tenant] = tenants.GetValueOrDefault(tenant) + 1;
                    continue;
                }

                if (EmulatorPath(exchange.Url) is not { } path || exchange.Method != "GET")
                {
                    continue;
                }

                var isIntune = path.Contains("/deviceManagement", StringComparison.OrdinalIgnoreCase);
                intuneRefused |= isIntune && exchange.Status == 400;
                intuneAnswered |= isIntune && exchange.Status == 200;
                if (exchange.Status == 200 && exchange.Body.ValueKind == JsonValueKind.Object)
                {
                    Absorb(collections, singletons, path, Query(exchange.Url), exchange.Body);
                }
            }
        }

        var data = new TenantData(new TenantInfo
        {
            TenantId = tenants.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key).FirstOrDefault() ?? Guid.Empty.ToString(),
            DisplayName = "Recorded tenant",
            IntuneLicensed = intuneAnswered || !intuneRefused,
            Apps = [new AppRegistration { ClientId = "recorded-client", ClientSecret = "emulator-secret", GrantedPermissions = TenantGenerator.CollectorPermissions }],
        });
        foreach (var (path, items) in collections)
        {
            data.EnsureCollection(path);
            foreach (var item in items.Values)
            {
                data.Add(path, item);
            }
        }

        foreach (var (path, singleton) in singletons)
        {
            data.SetSingleton(path, singleton);
        }

        data.Save(outputDir);
        return data;
    }

    private static void Absorb(
        SortedDictionary<string, Dictionary<string, JsonObject>> collections, SortedDictionary<string, JsonObject> singletons,
        string path, Dictionary<string, string> query, JsonElement body)
    {
        var expand = query.GetValueOrDefault("$expand")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.Split('(')[0]).ToArray() ?? [];
        if (body.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array)
        {
            var items = Collection(collections, path);
            foreach (var element in value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
            {
                Merge(collections, items, path, JsonNode.Parse(element.GetRawText())!.AsObject(), expand); // an object element parses to an object
            }

            return;
        }

        var resource = JsonNode.Parse(body.GetRawText())!.AsObject(); // the body is an object
        resource.Remove("@odata.context");
        var slash = path.LastIndexOf('/');
        var id = resource["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var text) ? text : null;
        var isItem = id is not null && slash > 0
            && (id.Equals(path[(slash + 1)..], StringComparison.OrdinalIgnoreCase) || ("arm/" + id.TrimStart('/')).Equals(path, StringComparison.OrdinalIgnoreCase));
        if (isItem)
        {
            Merge(collections, Collection(collections, path[..slash]), path[..slash], resource, expand);
        }
        else
        {
            singletons[path] = singletons.TryGetValue(path, out var existing) ? Union(existing, resource) : resource;
        }
    }

    private static void Merge(SortedDictionary<string, Dictionary<string, JsonObject>> collections, Dictionary<string, JsonObject> items, string path, JsonObject item, string[] expand)
    {
        item.Remove("@odata.context");
        var id = item["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var text) ? text : items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var navigation in expand)
        {
            if (item[navigation] is JsonArray children && item["id"] is not null)
            {
                item.Remove(navigation);
                var childPath = $"{path}/{id}/{navigation}";
                var childItems = Collection(collections, childPath);
                foreach (var child in children.OfType<JsonObject>())
                {
                    Merge(collections, childItems, childPath, (JsonObject)child.DeepClone(), []);
                }
            }
        }

        items[id] = items.TryGetValue(id, out var existing) ? Union(existing, item) : item;
    }

    /// <summary>Recordings often <c>$select</c> a subset; the union keeps every property seen.</summary>
    private static JsonObject Union(JsonObject existing, JsonObject update)
    {
        foreach (var (name, node) in update.ToList())
        {
            existing[name] = node?.DeepClone();
        }

        return existing;
    }

    private static Dictionary<string, JsonObject> Collection(SortedDictionary<string, Dictionary<string, JsonObject>> collections, string path)
    {
        if (!collections.TryGetValue(path, out var items))
        {
            items = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
            collections[path] = items;
        }

        return items;
    }

    /// <summary>The emulator path for a Microsoft URL, or null for hosts and paths the emulator does not serve.</summary>
    private static string? EmulatorPath(Uri url)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath);
        var clean = string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length == 0 || clean.IndexOfAny(UnsafePathCharacters) >= 0)
        {
            return null;
        }

        var host = url.Host.ToLowerInvariant();
        if (host.Contains("graph.microsoft", StringComparison.Ordinal) && (clean.StartsWith("v1.0/", StringComparison.Ordinal) || clean.StartsWith("beta/", StringComparison.Ordinal)))
        {
            return "graph/" + clean;
        }

        if (host.Contains("securitycenter", StringComparison.Ordinal) && clean.StartsWith("api/", StringComparison.Ordinal))
        {
            return "defender/" + clean;
        }

        return host.StartsWith("management.", StringComparison.Ordinal) ? "arm/" + clean : null;
    }

    private static Dictionary<string, string> Query(Uri url) =>
        url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .GroupBy(p => Uri.UnescapeDataString(p[0]), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => Uri.UnescapeDataString(g.First().ElementAtOrDefault(1) ?? string.Empty), StringComparer.OrdinalIgnoreCase);
}
