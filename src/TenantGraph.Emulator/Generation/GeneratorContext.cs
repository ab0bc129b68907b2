using System.Globalization;
using TenantGraph.Emulator.Data;

namespace TenantGraph.Emulator.Generation;

/// <summary>The seeded random source and the facts the family generators share (users, devices, …).</summary>
internal sealed class GeneratorContext(GeneratorOptions options, TenantData data)
{
    /// <summary>All dates are relative to a fixed day so that output never depends on the clock.</summary>
    public static readonly DateTime Epoch = new(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    public GeneratorOptions Options { get; } = options;

    public TenantData Data { get; } = data;

    public Random Random { get; } = new(options.Seed);

    public string Domain => $"{Options.TenantName.ToLowerInvariant()}.onmicrosoft.com";

    public List<GeneratedUser> Users { get; } = [];

    public List<string> GroupIds { get; } = [];

    public List<GeneratedDevice> Devices { get; } = [];

    public string IntuneAccountId { get; set; } = string.Empty;

    public string NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }

    public string Hex(int bytes)
    {
        var buffer = new byte[bytes];
        Random.NextBytes(buffer);
        return Convert.ToHexStringLower(buffer);
    }

    public T Pick<T>(IReadOnlyList<T> values) => values[Random.Next(values.Count)];

    public bool Chance(double probability) => Random.NextDouble() < probability;

    /// <summary>A time within <paramref name="maxDaysAgo"/> days before the epoch, ISO 8601 with a Z.</summary>
    public string DaysAgo(int maxDaysAgo, int minDaysAgo = 0) =>
        Epoch.AddDays(-Random.Next(minDaysAgo, Math.Max(minDaysAgo + 1, maxDaysAgo))).AddSeconds(-Random.Next(86_400))
            .ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public string Ip(string prefix) => $"{prefix}.{Random.Next(1, 255)}.{Random.Next(1, 255)}";
}
