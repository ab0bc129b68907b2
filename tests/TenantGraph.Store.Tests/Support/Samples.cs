using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Store.Tests.Support;

/// <summary>Small graphs with every property kind, and run results.</summary>
internal static class Samples
{
    public const string UserType = "test_user";
    public const string DeviceType = "test_device";

    public static Entity User(string id, string name = "Ada", long logins = 3) => new(
        $"user-{id}", UserType, ["User"], Bag(("displayName", name), ("logins", logins), ("active", true)));

    public static Entity Device(string id, string os = "windows") => new(
        $"device-{id}", DeviceType, ["Device", "Host"], Bag(("displayName", $"device {id}"), ("os", os)));

    /// <summary>One entity holding every kind of property value JupiterOne allows, and raw data.</summary>
    public static Entity EveryKind() => new("every-kind", UserType, ["User", "Person"], Bag(
            ("displayName", "Every kind"), ("text", "héllo, \"world\"\n"), ("count", 9_007_199_254_740_993L),
            ("negative", -42L), ("ratio", 0.1), ("large", 1.5e300), ("flag", false),
            ("names", new[] { "a", "b,c" }), ("numbers", new[] { 1L, -2L }), ("ratios", new[] { 0.5, 2.25 }),
            ("flags", new[] { true, false }), ("empty", Array.Empty<string>()), ("createdOn", 1_700_000_000_000L)),
        rawData: """{"id":"x","nested":{"a":[1,2]}}""");

    public static Relationship Has(Entity from, Entity to) =>
        Relationship.Direct(RelationshipClass.Has, from.Type, from.Key, to.Type, to.Key,
            properties: Bag(("weight", 2L)));

    public static Relationship MappedToInternet(Entity from) => Relationship.Mapped(RelationshipClass.Allows,
        new RelationshipMapping(RelationshipDirection.Reverse, from.Key, [["_type", "_key"]],
            Bag(("_type", "internet"), ("_key", "global:internet"), ("displayName", "Internet")), SkipTargetCreation: false));

    public static RunResult Result(string instance, params string[] partialTypes)
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var steps = new List<StepResult>
        {
            new("fetch-users", "Fetch users", [], [UserType, DeviceType], [], [UserType], new Dictionary<string, long> { [UserType] = 1 },
                StepStatus.Success, start, start.AddSeconds(1)),
        };
        if (partialTypes.Length > 0)
        {
            steps.Add(new StepResult("fetch-failing", "Fetch failing", [], partialTypes, partialTypes, [],
                new Dictionary<string, long>(), StepStatus.Failure, start, start.AddSeconds(2)) { Error = "boom" });
        }

        return new RunResult(instance, "test", start, start.AddSeconds(3), steps, Cancelled: false);
    }

    public static PropertyBag Bag(params (string Name, object Value)[] properties)
    {
        var bag = new PropertyBag();
        foreach (var (name, value) in properties)
        {
            bag.Set(name, value);
        }

        return bag;
    }
}
