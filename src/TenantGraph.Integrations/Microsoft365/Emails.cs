using System.Text.RegularExpressions;

namespace TenantGraph.Integrations.Microsoft365;

/// <summary>Graph mail values as the data model's <c>email[]</c>: only well-formed addresses, null when none.</summary>
internal static partial class Emails
{
    public static string[]? AsList(string? address) =>
        address is not null && Pattern().IsMatch(address) ? [address] : null;

    public static bool IsValid(string? address) => address is not null && Pattern().IsMatch(address);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex Pattern();
}
