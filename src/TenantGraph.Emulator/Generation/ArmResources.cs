using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>What the ARM family generators share: resource ids, the resources generated so far, secret values.</summary>
internal static class ArmResources
{
    public static string Id(string subscription, string group, string type, string name) =>
        $"/subscriptions/{subscription}/resourceGroups/{group}/providers/{type}/{name}";

    /// <summary>The resources of a type generated so far in the subscription's provider list, in order.</summary>
    public static IReadOnlyList<JsonObject> Listed(GeneratorContext context, string subscription, string type) =>
        context.Data.GetObjects(AzureNetworkGenerator.List(subscription, type));

    public static IReadOnlyList<string> Ids(GeneratorContext context, string subscription, string type) =>
        [.. Listed(context, subscription, type).Select(o => o["id"]!.GetValue<string>())]; // every generated resource has an id

    /// <summary>An access key as ARM shows it (base64 of 64 random bytes); secrets are generated so tests can prove they are never kept.</summary>
    public static string AccessKey(GeneratorContext context)
    {
        var bytes = new byte[64];
        context.Random.NextBytes(bytes);
        return Convert.ToBase64String(bytes);
    }

    public static string Password(GeneratorContext context) => $"{context.Hex(6)}#Pw{context.Hex(3).ToUpperInvariant()}";

    public static JsonObject Tags(GeneratorContext context, string workload) =>
        new() { ["environment"] = context.Pick(Names.Environments), ["workload"] = workload };

    public static JsonObject SystemData(GeneratorContext context) => new()
    {
        ["createdBy"] = "admin@" + context.Domain, ["createdByType"] = "User", ["createdAt"] = context.DaysAgo(600, 60),
        ["lastModifiedBy"] = "admin@" + context.Domain, ["lastModifiedByType"] = "User", ["lastModifiedAt"] = context.DaysAgo(60),
    };
}
