using System.Globalization;
using System.Text.Json;
using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Defender.LogonUsers;

/// <summary>
/// Advanced hunting rows (one per device and account) → the logon users the per-machine API would list, each with
/// the devices it logged on to, so that <see cref="LogonUserConverter"/> builds the same entities from either path.
/// </summary>
/// <remarks>
/// What <c>DeviceLogonEvents</c> lacks: <c>isDomainAdmin</c> (the entity then has no <c>isAdmin</c>; the table's
/// <c>IsLocalAdmin</c> is a different fact), <c>mostPrevalentMachineId</c> and <c>leastPrevalentMachineId</c>. The
/// table holds 30 days, so <c>firstSeen</c> is the first logon within them where the API may know an older one.
/// The id is built as the API shows it, <c>domain\name</c> in lower case. <c>logOnMachinesCount</c> and
/// <c>isOnlyNetworkUser</c> are computed from the rows. The entity's raw data is this reconstructed user.
/// </remarks>
internal static class DeviceLogonConverter
{
    public static IEnumerable<(ApiObject<LogonUser> User, IReadOnlyList<string> DeviceIds)> ToLogonUsers(IEnumerable<DeviceLogonRow> rows)
    {
        foreach (var account in rows.Where(r => !string.IsNullOrEmpty(r.AccountName)).GroupBy(IdOf, StringComparer.Ordinal))
        {
            var first = account.First();
            var deviceIds = account.Select(r => r.DeviceId).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            var types = account.SelectMany(r => (r.LogonTypes ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var user = new LogonUser(
                Id: account.Key,
                AccountName: first.AccountName,
                AccountDomain: string.IsNullOrEmpty(first.AccountDomain) ? null : first.AccountDomain,
                AccountSid: account.Select(r => r.AccountSid).FirstOrDefault(s => !string.IsNullOrEmpty(s)),
                FirstSeen: Time(account.Min(r => r.FirstSeen)),
                LastSeen: Time(account.Max(r => r.LastSeen)),
                LogonTypes: types.Length == 0 ? null : string.Join(", ", types),
                LogOnMachinesCount: deviceIds.Length,
                IsDomainAdmin: null,
                IsOnlyNetworkUser: types.Length > 0 && types.All(t => t == "Network"));
            yield return (new ApiObject<LogonUser>(user, JsonSerializer.SerializeToElement(user, LogonUsersJsonContext.Default.LogonUser)), deviceIds);
        }
    }

    /// <summary><c>domain\name</c> in lower case, or the name alone for an account without a domain.</summary>
    internal static string IdOf(DeviceLogonRow row) =>
        (string.IsNullOrEmpty(row.AccountDomain) ? row.AccountName! : $"{row.AccountDomain}\\{row.AccountName}").ToLowerInvariant(); // rows without a name were dropped

    private static string? Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
