using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Defender.Users;

/// <summary>The Graph <c>user</c> fields the collector selects (<see cref="UsersClient.Select"/>).</summary>
internal sealed record User(
    string Id,
    string? DisplayName,
    string? UserPrincipalName,
    string? GivenName,
    string? Surname,
    string? Mail,
    string? JobTitle,
    string? MobilePhone,
    string? OfficeLocation,
    string? PreferredLanguage,
    IReadOnlyList<string>? BusinessPhones,
    string? UserType,
    bool? AccountEnabled);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(User))]
internal sealed partial class UsersJsonContext : JsonSerializerContext;
