using System.Text.RegularExpressions;

namespace TenantGraph.Integrations.Defender.Users;

/// <summary>The data model's list-valued User fields, from single provider values.</summary>
internal static partial class UserFields
{
    /// <summary>The mail address as a one-item list when it is an address; null otherwise.</summary>
    public static string[]? Emails(string? mail) =>
        mail is { Length: > 0 } && EmailPattern().IsMatch(mail) ? [mail] : null;

    /// <summary>The part of a user principal name before the '@', as a one-item list.</summary>
    public static string[]? ShortLoginIds(string? userPrincipalName)
    {
        if (string.IsNullOrEmpty(userPrincipalName))
        {
            return null;
        }

        var at = userPrincipalName.IndexOf('@', StringComparison.Ordinal);
        return [at > 0 ? userPrincipalName[..at] : userPrincipalName];
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex EmailPattern();
}
