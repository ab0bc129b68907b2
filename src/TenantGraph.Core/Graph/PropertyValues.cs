using System.Globalization;

namespace TenantGraph.Core.Graph;

/// <summary>
/// Turns .NET values into the primitive forms JupiterOne stores: integers as long, other numbers as double,
/// times as epoch milliseconds, sequences as typed arrays. Nested objects are refused.
/// </summary>
public static class PropertyValues
{
    public static object? Normalize(string name, object? value) => value switch
    {
        null => null,
        string or bool or long or double => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        uint u => (long)u,
        float f => (double)f,
        decimal d => (double)d,
        DateTimeOffset t => t.ToUnixTimeMilliseconds(),
        DateTime t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)).ToUnixTimeMilliseconds(),
        Enum e => e.ToString(),
        string[] or long[] or double[] or bool[] => value,
        IEnumerable<string?> strings => strings.Where(s => s is not null).Cast<string>().ToArray(),
        IEnumerable<int> ints => ints.Select(i => (long)i).ToArray(),
        IEnumerable<long> longs => longs.ToArray(),
        IEnumerable<double> doubles => doubles.ToArray(),
        IEnumerable<bool> bools => bools.ToArray(),
        _ => throw new ArgumentException(
            $"Property '{name}' has a value of type {value.GetType().Name}; only primitives and arrays of primitives are allowed.",
            nameof(value)),
    };

    /// <summary>The ISO-8601 text of a provider timestamp as epoch milliseconds, or null when absent or unparsable.</summary>
    public static long? ParseTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUnixTimeMilliseconds()
            : null;
    }
}
