using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Defender.Users;

/// <summary>Graph user → <c>microsoft_defender_user</c> (spec §B5.2).</summary>
internal static class UserConverter
{
    private static readonly EntityMap<User> Map = new(UsersTypes.User)
    {
        Key = u => KeyFor(u.Id),
        Properties =
        {
            ["id"] = u => u.Id,
            ["name"] = u => u.DisplayName ?? string.Empty,
            ["displayName"] = u => u.DisplayName ?? string.Empty,
            // The data model's User (0.62) holds username, email and shortLoginId as lists, and requires them
            // and the name parts to be present, null when unknown.
            ["username"] = u => string.IsNullOrEmpty(u.UserPrincipalName) ? null : new[] { u.UserPrincipalName },
            ["email"] = u => UserFields.Emails(u.Mail),
            ["shortLoginId"] = u => UserFields.ShortLoginIds(u.UserPrincipalName),
            ["firstName"] = u => u.GivenName,
            ["lastName"] = u => u.Surname,
            ["businessPhones"] = u => u.BusinessPhones ?? [],
            ["givenName"] = u => u.GivenName,
            ["jobTitle"] = u => u.JobTitle,
            ["mail"] = u => u.Mail,
            ["mobilePhone"] = u => u.MobilePhone,
            ["officeLocation"] = u => u.OfficeLocation,
            ["preferredLanguage"] = u => u.PreferredLanguage,
            ["surname"] = u => u.Surname,
            ["userPrincipalName"] = u => u.UserPrincipalName,
            ["userType"] = u => u.UserType,
            ["accountEnabled"] = u => u.AccountEnabled,
            // The reference always said true because accountEnabled never arrived (§B9.1.1); now it does.
            ["active"] = u => u.AccountEnabled ?? true,
        },
    };

    public static string KeyFor(string id) => $"microsoft_defender_user:{id}";

    public static Entity ToEntity(ApiObject<User> user) => Map.Build(user);
}
