using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Microsoft365.ActiveDirectory;

/// <summary>GET /organization (Organization.Read.All).</summary>
internal sealed record Organization(string Id, string? DisplayName, IReadOnlyList<VerifiedDomain>? VerifiedDomains);

internal sealed record VerifiedDomain(string? Name, bool? IsDefault);

/// <summary>GET /organization/{id}?$select=mobileDeviceManagementAuthority.</summary>
internal sealed record OrganizationMdmAuthority(string? MobileDeviceManagementAuthority);

/// <summary>GET /deviceManagement?$select=intuneAccountId (DeviceManagementServiceConfig.Read.All).</summary>
internal sealed record DeviceManagementAccount(string? IntuneAccountId);

/// <summary>GET beta /deviceManagement/subscriptionState: <c>{"value":"active"}</c> (spec A2.2).</summary>
internal sealed record SubscriptionState(string? Value);

/// <summary>GET /users with the $select of spec A3.2.</summary>
internal sealed record User(
    string Id,
    string? DisplayName,
    string? GivenName,
    string? Surname,
    string? UserPrincipalName,
    string? Mail,
    string? JobTitle,
    string? MobilePhone,
    string? OfficeLocation,
    string? PreferredLanguage,
    string? UserType,
    bool? AccountEnabled,
    string? UsageLocation,
    SignInActivity? SignInActivity);

/// <summary>Present only with AuditLog.Read.All on a premium tenant (spec A5.2, CHANGELOG 7.2.0).</summary>
internal sealed record SignInActivity(
    string? LastSignInDateTime,
    string? LastSignInRequestId,
    string? LastNonInteractiveSignInDateTime,
    string? LastNonInteractiveSignInRequestId,
    string? LastSuccessfulSignInDateTime,
    string? LastSuccessfulSignInRequestId);

/// <summary>The probe answer: a page of users, read whole because the probe is a single GET.</summary>
internal sealed record UserPage(IReadOnlyList<User>? Value);

/// <summary>GET /groups.</summary>
internal sealed record Group(
    string Id,
    string? DisplayName,
    string? Description,
    string? Classification,
    string? CreatedDateTime,
    string? DeletedDateTime,
    string? RenewedDateTime,
    string? Mail,
    bool? MailEnabled,
    string? MailNickname,
    bool? SecurityEnabled);

/// <summary>GET /groups/{id}/members: any directory object, told apart by <c>@odata.type</c>.</summary>
internal sealed record DirectoryObject(
    string Id,
    [property: JsonPropertyName("@odata.type")] string? ODataType,
    string? DisplayName,
    string? JobTitle,
    string? Mail,
    string? UserPrincipalName);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(OrganizationMdmAuthority))]
[JsonSerializable(typeof(DeviceManagementAccount))]
[JsonSerializable(typeof(SubscriptionState))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(UserPage))]
[JsonSerializable(typeof(Group))]
[JsonSerializable(typeof(DirectoryObject))]
internal sealed partial class ActiveDirectoryJsonContext : JsonSerializerContext;
