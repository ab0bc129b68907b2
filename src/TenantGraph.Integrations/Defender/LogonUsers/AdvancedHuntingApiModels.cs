using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Defender.LogonUsers;

/// <summary>The body of <c>POST /api/advancedqueries/run</c>.</summary>
internal sealed record AdvancedQuery(string Query);

/// <summary>
/// The answer of <c>/api/advancedqueries/run</c> for <see cref="LogonUsersQuery"/>: one row per device and account.
/// Advanced hunting spells its fields in PascalCase, unlike the rest of the Defender API.
/// </summary>
internal sealed record DeviceLogonResult(IReadOnlyList<HuntingColumn>? Schema, IReadOnlyList<DeviceLogonRow> Results);

internal sealed record HuntingColumn(string Name, string? Type);

/// <summary>The distinct accounts that logged on to one device, as <see cref="LogonUsersQuery"/> summarizes them.</summary>
internal sealed record DeviceLogonRow(
    string DeviceId,
    string? AccountDomain,
    string? AccountName,
    string? AccountSid,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    string? LogonTypes);

[JsonSerializable(typeof(AdvancedQuery))]
[JsonSerializable(typeof(DeviceLogonResult))]
internal sealed partial class AdvancedHuntingJsonContext : JsonSerializerContext;
