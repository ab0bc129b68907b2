using System.Buffers.Binary;
using System.Globalization;
using TenantGraph.Core.Graph;

namespace TenantGraph.Bench.Store;

/// <summary>
/// A deterministic tenant-shaped graph: four entities per relationship, users and devices with typical property
/// counts. <paramref name="generation"/> changes a slice of the objects so that two generations diff. Keys are
/// GUIDs in no order, as Entra object ids arrive from an API, unless <paramref name="sequentialKeys"/> asks for
/// increasing ones, which every key index appends to at its end and so load far faster than real tenants do.
/// </summary>
internal sealed class SyntheticGraph(long objects, int generation, bool sequentialKeys = false)
{
    private const double ChangedShare = 0.05;
    private const double ReplacedShare = 0.01;

    public long EntityCount { get; } = objects * 4 / 5;

    public long RelationshipCount => objects - EntityCount;

    public async IAsyncEnumerable<Entity> EntitiesAsync()
    {
        for (var i = 0L; i < EntityCount; i++)
        {
            yield return Entity(i);
        }

        await Task.CompletedTask;
    }

    public async IAsyncEnumerable<Relationship> RelationshipsAsync()
    {
        for (var i = 0L; i < RelationshipCount; i++)
        {
            var user = EntityKey(i * 2 % EntityCount);
            var device = EntityKey((i * 2 + 1) % EntityCount);
            yield return Relationship.Direct(RelationshipClass.Uses, "bench_user", user, "bench_device", device,
                properties: Bag(("since", 1_700_000_000_000L + i)));
        }

        await Task.CompletedTask;
    }

    private Entity Entity(long i)
    {
        var bucket = i % 100;
        // Each generation replaces 1% of the keys (deleted and created) and edits another 5% in place.
        var key = bucket < ReplacedShare * 100 ? $"{EntityKey(i)}-g{generation}" : EntityKey(i);
        var edited = bucket >= ReplacedShare * 100 && bucket < (ReplacedShare + ChangedShare) * 100 ? generation : 0;
        return i % 2 == 0
            ? new Entity(key, "bench_user", ["User"], Bag(
                ("displayName", $"User {i}"), ("email", $"user{i}@contoso.example"), ("active", true),
                ("createdOn", 1_600_000_000_000L + i), ("lastSignInOn", 1_700_000_000_000L + edited),
                ("department", $"Department {i % 37}"), ("groups", new[] { $"g{i % 11}", $"g{i % 13}" })))
            : new Entity(key, "bench_device", ["Device", "Host"], Bag(
                ("displayName", $"DEVICE-{i}"), ("os", "windows"), ("osVersion", $"10.0.{19_000 + edited}"),
                ("compliant", i % 3 == 0), ("riskScore", i % 100 / 10.0), ("lastSeenOn", 1_700_000_000_000L)));
    }

    private string EntityKey(long i) =>
        $"{(i % 2 == 0 ? "user" : "device")}-{(sequentialKeys ? i.ToString("x12", CultureInfo.InvariantCulture) : ScatteredGuid(i).ToString())}";

    /// <summary>A GUID unique to <paramref name="i"/> (its first half is a bijection of it) in no order.</summary>
    private static Guid ScatteredGuid(long i)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, Mix((ulong)i));
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], Mix((ulong)i ^ 0x5DEECE66DUL));
        return new Guid(bytes);
    }

    /// <summary>SplitMix64's finalizer: invertible, so distinct inputs give distinct outputs.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z + 0x9E3779B97F4A7C15UL) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static PropertyBag Bag(params (string Name, object Value)[] properties)
    {
        var bag = new PropertyBag(properties.Length);
        foreach (var (name, value) in properties)
        {
            bag.Set(name, value);
        }

        return bag;
    }
}
