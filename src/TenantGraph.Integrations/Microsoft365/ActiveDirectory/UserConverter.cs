using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Microsoft365.ActiveDirectory;

/// <summary>A directory user (spec A5.2); no raw data, as upstream dropped it for size (3.0.8).</summary>
internal static class UserConverter
{
    private static readonly EntityMap<User> Map = new(ActiveDirectoryTypes.User)
    {
        Key = u => u.Id,
        KeepRawData = false,
        Properties =
        {
            ["name"] = u => NameOf(u),
            ["displayName"] = u => NameOf(u),
            // The data model types username, email and shortLoginId as arrays (sdk-spec §2.3); upstream wrote strings.
            ["username"] = u => u.UserPrincipalName is { Length: > 0 } upn ? new[] { upn } : null,
            ["userPrincipalName"] = u => u.UserPrincipalName,
            ["shortLoginId"] = u => u.UserPrincipalName is { Length: > 0 } upn ? new[] { upn.Split('@')[0] } : null,
            ["id"] = u => u.Id,
            ["givenName"] = u => u.GivenName,
            ["firstName"] = u => u.GivenName ?? Words(u.DisplayName).FirstOrDefault(),
            ["surname"] = u => u.Surname,
            ["lastName"] = u => u.Surname ?? Words(u.DisplayName).LastOrDefault(),
            ["jobTitle"] = u => u.JobTitle,
            ["email"] = u => Emails.AsList(u.Mail),
            ["mail"] = u => u.Mail,
            ["mobilePhone"] = u => u.MobilePhone,
            ["officeLocation"] = u => u.OfficeLocation,
            ["preferredLanguage"] = u => u.PreferredLanguage,
            ["userType"] = u => u.UserType,
            ["active"] = u => u.AccountEnabled,
            ["accountEnabled"] = u => u.AccountEnabled,
            ["usageLocation"] = u => u.UsageLocation,
        },
    };

    public static Entity ToEntity(DirectoryModel model, ApiObject<User> user)
    {
        var entity = Map.Build(user, model.User);
        if (user.Value.SignInActivity is { } activity)
        {
            // Spread as upstream spreads them: ISO strings under Graph's own names.
            var properties = entity.Properties;
            properties.Set("lastSignInDateTime", activity.LastSignInDateTime);
            properties.Set("lastSignInRequestId", activity.LastSignInRequestId);
            properties.Set("lastNonInteractiveSignInDateTime", activity.LastNonInteractiveSignInDateTime);
            properties.Set("lastNonInteractiveSignInRequestId", activity.LastNonInteractiveSignInRequestId);
            properties.Set("lastSuccessfulSignInDateTime", activity.LastSuccessfulSignInDateTime);
            properties.Set("lastSuccessfulSignInRequestId", activity.LastSuccessfulSignInRequestId);
        }

        return EntityNulls.DropRefused(entity);
    }

    public static Relationship ToAccountRelationship(DirectoryModel model, string accountKey, string userKey) =>
        model.AccountHasUser.Create(accountKey, userKey);

    private static string NameOf(User user) => user.DisplayName ?? user.UserPrincipalName ?? user.Id;

    private static string[] Words(string? text) => (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
