namespace TenantGraph.Integrations.Defender.LogonUsers;

/// <summary>
/// The advanced hunting query that replaces one <c>/machines/{id}/logonusers</c> call per machine: every successful
/// logon of <c>DeviceLogonEvents</c>, summarized per device and account. Logon types come back sorted and joined by
/// ", ", the way the logon-user API writes them.
/// </summary>
internal static class LogonUsersQuery
{
    /// <summary>Microsoft Learn: "The results include a maximum of 100,000 rows."</summary>
    public const int RowLimit = 100_000;

    /// <summary>Device ids are 40 hex digits; a full result is read again split by the next digit, this deep at most.</summary>
    public const int MaxPrefixLength = 4;

    public const string HexDigits = "0123456789abcdef";

    /// <param name="devicePrefix">Restricts the query to device ids starting so ("" for every device).</param>
    public static string For(string devicePrefix)
    {
        if (devicePrefix.Any(c => !HexDigits.Contains(c, StringComparison.Ordinal)))
        {
            throw new ArgumentException("A device id prefix is lower-case hex digits.", nameof(devicePrefix));
        }

        var partition = devicePrefix.Length == 0 ? string.Empty : $"\n| where DeviceId startswith \"{devicePrefix}\"";
        return "DeviceLogonEvents\n"
            + "| where ActionType == \"LogonSuccess\" and isnotempty(AccountName)"
            + partition + "\n"
            + "| summarize FirstSeen = min(Timestamp), LastSeen = max(Timestamp), "
            + "LogonTypes = strcat_array(array_sort_asc(make_set(LogonType)), \", \") by DeviceId, AccountDomain, AccountName, AccountSid";
    }
}
