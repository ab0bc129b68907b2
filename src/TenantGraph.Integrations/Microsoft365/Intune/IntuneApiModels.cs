using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Microsoft365.Intune;

/// <summary>GET beta /deviceManagement/managedDevices (DeviceManagementManagedDevices.Read.All); fields of spec A5.5.</summary>
internal sealed record ManagedDevice(
    string Id,
    string? UserId,
    string? DeviceName,
    string? ManagedDeviceOwnerType,
    string? ManagementState,
    string? EnrolledDateTime,
    string? LastSyncDateTime,
    string? OperatingSystem,
    string? DeviceType,
    string? ComplianceState,
    string? JailBroken,
    string? ManagementAgent,
    string? OsVersion,
    bool? EasActivated,
    string? EasDeviceId,
    string? EmailAddress,
    string? AzureActiveDirectoryDeviceId,
    string? AzureADDeviceId,
    string? DeviceRegistrationState,
    string? DeviceCategoryDisplayName,
    bool? IsSupervised,
    bool? IsEncrypted,
    string? UserPrincipalName,
    string? Model,
    string? Manufacturer,
    string? Imei,
    string? SerialNumber,
    string? PhoneNumber,
    string? UserDisplayName,
    string? WiFiMacAddress,
    string? EthernetMacAddress,
    string? Meid,
    string? Iccid,
    string? Udid,
    HardwareInformation? HardwareInformation,
    DeviceHealthAttestationState? DeviceHealthAttestationState,
    IReadOnlyList<LoggedOnUser>? UsersLoggedOn);

internal sealed record HardwareInformation(string? Manufacturer, string? Model, string? SerialNumber, string? IpAddressV4);

internal sealed record DeviceHealthAttestationState(string? LastUpdateDateTime);

internal sealed record LoggedOnUser(string? UserId, string? LastLogOnDateTime);

/// <summary>A compliance policy or a device configuration: the fields both converters read (spec A5.7, A5.8).</summary>
internal sealed record DevicePolicy(
    string Id,
    [property: JsonPropertyName("@odata.type")] string? ODataType,
    string? DisplayName,
    string? Description,
    string? CreatedDateTime,
    long? Version);

/// <summary>GET …/{policy}/deviceStatuses: one device's state against a policy or configuration.</summary>
internal sealed record DeviceStatus(string Id, string? Status, string? LastReportedDateTime, string? DeviceDisplayName);

/// <summary>GET beta /deviceAppManagement/mobileApps (DeviceManagementApps.Read.All); fields of spec A5.10.</summary>
internal sealed record MobileApp(
    string Id,
    [property: JsonPropertyName("@odata.type")] string? ODataType,
    string? DisplayName,
    string? Description,
    string? Publisher,
    string? PublishingState,
    string? CreatedDateTime,
    string? LastModifiedDateTime,
    bool? IsFeatured,
    string? PrivacyInformationUrl,
    string? InformationUrl,
    string? Owner,
    string? Developer,
    string? Notes,
    string? AppUrl,
    string? AppStoreUrl,
    string? VersionName,
    string? VersionCode,
    string? VersionNumber,
    string? IdentityVersion,
    string? Version,
    string? CommittedContentVersion,
    string? PackageId);

/// <summary>GET beta /deviceAppManagement/mobileApps/{id}/deviceStatuses: an app's install state on one device.</summary>
internal sealed record MobileAppInstallStatus(
    string Id,
    string? DeviceId,
    string? InstallState,
    string? InstallStateDetail,
    long? ErrorCode,
    string? MobileAppInstallStatusValue);

/// <summary>GET beta /deviceManagement/managedDevices/{id}/detectedApps.</summary>
internal sealed record DetectedApp(string Id, string? DisplayName, string? Version, long? SizeInByte);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ManagedDevice))]
[JsonSerializable(typeof(DevicePolicy))]
[JsonSerializable(typeof(DeviceStatus))]
[JsonSerializable(typeof(MobileApp))]
[JsonSerializable(typeof(MobileAppInstallStatus))]
[JsonSerializable(typeof(DetectedApp))]
internal sealed partial class IntuneJsonContext : JsonSerializerContext;
