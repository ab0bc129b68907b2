using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ActiveDirectory;

/// <summary><c>GET /organization</c>.</summary>
internal sealed record Organization(string Id, string? DisplayName, IReadOnlyList<VerifiedDomain>? VerifiedDomains);

internal sealed record VerifiedDomain(string? Name, bool? IsDefault);

/// <summary><c>GET /users</c> with the fields the converter reads.</summary>
internal sealed record DirectoryUser(string Id, string? DisplayName, string? GivenName, string? Surname, string? Mail,
    string? UserPrincipalName, string? JobTitle, string? MobilePhone, string? OfficeLocation, string? PreferredLanguage,
    IReadOnlyList<string>? BusinessPhones, bool? AccountEnabled, string? UserType);

/// <summary><c>GET /groups</c>.</summary>
internal sealed record DirectoryGroup(string Id, string? DisplayName, string? Description, string? Mail, bool? MailEnabled,
    string? MailNickname, bool? SecurityEnabled, IReadOnlyList<string>? GroupTypes, string? Visibility, string? Classification,
    DateTimeOffset? CreatedDateTime, DateTimeOffset? DeletedDateTime, DateTimeOffset? RenewedDateTime);

/// <summary><c>GET /groups/{id}/members</c>: users, groups, devices, contacts, service principals, told apart by <c>@odata.type</c>.</summary>
internal sealed record DirectoryObject(
    [property: JsonPropertyName("@odata.type")] string? ODataType,
    string Id, string? DisplayName, string? JobTitle, string? Mail);

/// <summary><c>GET /servicePrincipals</c>.</summary>
internal sealed record ServicePrincipal(string Id, string? DisplayName, string? AppDisplayName, string? AppId,
    string? ServicePrincipalType, IReadOnlyList<string>? ServicePrincipalNames, IReadOnlyList<string>? Tags, bool? AccountEnabled);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(DirectoryUser))]
[JsonSerializable(typeof(DirectoryGroup))]
[JsonSerializable(typeof(DirectoryObject))]
[JsonSerializable(typeof(ServicePrincipal))]
internal sealed partial class AzureDirectoryJsonContext : JsonSerializerContext;
