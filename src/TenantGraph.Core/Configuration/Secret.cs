namespace TenantGraph.Core.Configuration;

/// <summary>
/// A secret configuration value (client secret, certificate password, connection password). Every textual
/// form of it prints <c>***</c>, so a secret that slips into a log line, an exception or a serialised
/// options object is still not disclosed; only <see cref="Reveal"/> gives the value, at the point of use.
/// </summary>
public sealed class Secret : IEquatable<Secret>
{
    public const string Mask = "***";

    private readonly string _value;

    public Secret(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _value = value;
    }

    public string Reveal() => _value;

    public override string ToString() => Mask;

    public bool Equals(Secret? other) => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Secret);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);
}
