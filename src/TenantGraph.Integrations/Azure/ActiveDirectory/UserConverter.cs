using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ActiveDirectory;

/// <summary>azure-spec §5.1 <c>azure_user</c>.</summary>
internal static class UserConverter
{
    private static readonly EntityMap<DirectoryUser> Map = new(ActiveDirectoryTypes.User)
    {
        Key = u => u.Id,
        Properties =
        {
            ["id"] = u => u.Id,
            ["name"] = u => u.DisplayName,
            ["displayName"] = u => u.DisplayName ?? u.UserPrincipalName ?? u.Id,
            ["givenName"] = u => u.GivenName,
            ["surname"] = u => u.Surname,
            ["mail"] = u => u.Mail,
            ["userPrincipalName"] = u => u.UserPrincipalName,
            ["jobTitle"] = u => u.JobTitle,
            ["mobilePhone"] = u => u.MobilePhone,
            ["officeLocation"] = u => u.OfficeLocation,
            ["preferredLanguage"] = u => u.PreferredLanguage,
            ["businessPhones"] = u => u.BusinessPhones,
            ["accountEnabled"] = u => u.AccountEnabled,
            ["active"] = u => u.AccountEnabled,
            ["userType"] = u => u.UserType,
            ["email"] = u => u.Mail is { Length: > 0 } mail ? new[] { mail } : null,
            ["firstName"] = u => u.GivenName ?? FirstWord(u.DisplayName),
            ["lastName"] = u => u.Surname ?? LastWord(u.DisplayName),
            ["username"] = u => u.UserPrincipalName is { } upn ? new[] { upn } : null,
            ["shortLoginId"] = u => u.UserPrincipalName?.Split('@')[0] is { Length: > 0 } login ? new[] { login } : null,
        },
    };

    public static Entity ToEntity(ApiObject<DirectoryUser> user) => Map.Build(user);

    private static string? FirstWord(string? name) => name?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();

    private static string? LastWord(string? name) =>
        name?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words ? words[^1] : null;
}
