using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace TenantGraph.Core.DataModel;

/// <summary>One accepted form of a property value: a scalar kind or an array of it, optionally nullable.</summary>
internal sealed partial record PropertyType(string Kind, bool IsArray, bool Nullable, IReadOnlySet<string>? EnumValues)
{
    /// <summary>Parses one alternative such as <c>string[]?</c> or <c>enum(a,b)</c>.</summary>
    public static PropertyType Parse(string text)
    {
        var nullable = text.EndsWith('?');
        var body = nullable ? text[..^1] : text;
        var isArray = body.EndsWith("[]", StringComparison.Ordinal);
        body = isArray ? body[..^2] : body;
        if (body.StartsWith("enum(", StringComparison.Ordinal))
        {
            var values = body[5..^1].Split(',').ToHashSet(StringComparer.Ordinal);
            return new PropertyType("enum", isArray, nullable, values);
        }

        return body is "string" or "number" or "integer" or "bool" or "uri" or "email" or "ip" or "ipv4" or "ipv6"
            or "cidr" or "mac" or "hostname" or "cve"
            ? new PropertyType(body, isArray, nullable, null)
            : throw new FormatException($"Unknown property type '{text}' in the data-model table.");
    }

    /// <summary>Whether a value has this form; null passes only when nullable.</summary>
    public bool Accepts(object? value)
    {
        if (value is null)
        {
            return Nullable;
        }

        if (IsArray)
        {
            if (value is not Array array)
            {
                return false;
            }

            foreach (var item in array)
            {
                if (item is null || !AcceptsScalar(item))
                {
                    return false;
                }
            }

            return true;
        }

        return value is not Array && AcceptsScalar(value);
    }

    public override string ToString() =>
        (Kind == "enum" ? $"one of {string.Join(", ", EnumValues!.Order(StringComparer.Ordinal))}" : Kind) // enum types always carry values
        + (IsArray ? "[]" : string.Empty) + (Nullable ? " or null" : string.Empty);

    private bool AcceptsScalar(object value) => Kind switch
    {
        "string" => value is string,
        "number" => value is long or double,
        "integer" => value is long || (value is double d && Math.Floor(d) == d),
        "bool" => value is bool,
        "uri" => value is string s && Uri.TryCreate(s, UriKind.Absolute, out _),
        "email" => value is string s && EmailPattern().IsMatch(s),
        "ip" => value is string s && IPAddress.TryParse(s, out _),
        "ipv4" => value is string s && IPAddress.TryParse(s, out var a) && a.AddressFamily == AddressFamily.InterNetwork && s.Count(c => c == '.') == 3,
        "ipv6" => value is string s && IPAddress.TryParse(s, out var a) && a.AddressFamily == AddressFamily.InterNetworkV6,
        "cidr" => value is string s && CidrPattern().IsMatch(s),
        "mac" => value is string s && MacPattern().IsMatch(s),
        "hostname" => value is string s && HostnamePattern().IsMatch(s),
        "cve" => value is string s && CvePattern().IsMatch(s),
        "enum" => EnumValues!.Contains(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty), // enum types always carry values
        _ => false,
    };

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}/(3[0-2]|[12]?\d)$")]
    private static partial Regex CidrPattern();

    [GeneratedRegex("^([0-9a-f]{2}:){5}[0-9a-f]{2}$")]
    private static partial Regex MacPattern();

    [GeneratedRegex("^[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9]$")]
    private static partial Regex HostnamePattern();

    [GeneratedRegex(@"^CVE-\d{4}-\d{4,}$")]
    private static partial Regex CvePattern();
}
