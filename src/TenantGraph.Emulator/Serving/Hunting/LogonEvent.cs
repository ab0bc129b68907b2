namespace TenantGraph.Emulator.Serving.Hunting;

/// <summary>
/// One row of advanced hunting's <c>DeviceLogonEvents</c> table, limited to the columns the emulator can fill from
/// a tenant's logon-user lists.
/// </summary>
internal sealed record LogonEvent(
    DateTimeOffset Timestamp,
    string DeviceId,
    string? DeviceName,
    string ActionType,
    string? AccountDomain,
    string? AccountName,
    string? AccountSid,
    string? LogonType)
{
    public static readonly IReadOnlyDictionary<string, string> ColumnTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Timestamp"] = "DateTime", ["DeviceId"] = "String", ["DeviceName"] = "String", ["ActionType"] = "String",
        ["AccountDomain"] = "String", ["AccountName"] = "String", ["AccountSid"] = "String", ["LogonType"] = "String",
    };

    /// <summary>A string column's value; <c>Timestamp</c> is read through <see cref="Timestamp"/>.</summary>
    public string? Text(string column) => column switch
    {
        "DeviceId" => DeviceId,
        "DeviceName" => DeviceName,
        "ActionType" => ActionType,
        "AccountDomain" => AccountDomain,
        "AccountName" => AccountName,
        "AccountSid" => AccountSid,
        "LogonType" => LogonType,
        _ => throw new ArgumentException($"{column} is not a string column", nameof(column)),
    };
}
