using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Defender.LogonUsers;

/// <summary>A Defender logon user (<c>/machines/{id}/logonusers</c>, spec §B4).</summary>
internal sealed record LogonUser(
    string Id,
    string? AccountName,
    string? AccountDomain,
    string? AccountSid,
    string? FirstSeen,
    string? LastSeen,
    string? LogonTypes,
    int? LogOnMachinesCount,
    bool? IsDomainAdmin,
    bool? IsOnlyNetworkUser);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LogonUser))]
internal sealed partial class LogonUsersJsonContext : JsonSerializerContext;
