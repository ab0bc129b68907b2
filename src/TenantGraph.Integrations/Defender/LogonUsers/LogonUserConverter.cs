using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Defender.LogonUsers;

/// <summary>Defender logon user → <c>microsoft_defender_logon_user</c> (spec §B5.8).</summary>
internal static class LogonUserConverter
{
    private static readonly EntityMap<LogonUser> Map = new(LogonUsersTypes.LogonUser)
    {
        Key = u => KeyFor(u.Id),
        Properties =
        {
            ["id"] = u => u.Id,
            ["name"] = NameOf,
            ["displayName"] = NameOf,
            // Data model 0.62 holds username as a list and requires the name and e-mail fields, null when unknown.
            ["username"] = u => new[] { NameOf(u) },
            ["firstName"] = _ => null,
            ["lastName"] = _ => null,
            ["email"] = _ => null,
            ["shortLoginId"] = _ => null,
            ["domain"] = u => u.AccountDomain,
            ["accountSid"] = u => u.AccountSid,
            ["firstSeenOn"] = u => PropertyValues.ParseTime(u.FirstSeen),
            ["lastSeenOn"] = u => PropertyValues.ParseTime(u.LastSeen),
            ["logonTypes"] = u => u.LogonTypes,
            ["isAdmin"] = u => u.IsDomainAdmin,
            ["active"] = _ => true,
        },
    };

    public static string KeyFor(string id) => $"microsoft_defender_logon_user:{id}";

    public static Entity ToEntity(ApiObject<LogonUser> user) =>
        OptionalProperties.RemoveWhenNull(Map.Build(user), "domain", "accountSid", "firstSeenOn", "lastSeenOn", "isAdmin");

    private static string NameOf(LogonUser user) => string.IsNullOrEmpty(user.AccountName) ? user.Id : user.AccountName;
}
