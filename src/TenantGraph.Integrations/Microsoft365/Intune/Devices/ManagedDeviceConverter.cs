using System.Text.RegularExpressions;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Microsoft365.Intune.Devices;

/// <summary>
/// An Intune managed device as one of the seven device types (spec A5.5), with the properties the data model's Device
/// and Host classes require present (null when unknown). Raw data only when the instance opts in (upstream 6.3.3).
/// </summary>
internal static partial class ManagedDeviceConverter
{
    private static readonly EntityMap<ManagedDevice> WithoutRaw = CreateMap(keepRaw: false);
    private static readonly EntityMap<ManagedDevice> WithRaw = CreateMap(keepRaw: true);

    public static string TypeOf(ManagedDevice device) =>
        DeviceClassification.TypeOf(device.DeviceType, DeviceClassification.IsPhysical(device.Model));

    public static Entity ToEntity(ApiObject<ManagedDevice> device, bool keepRawData) =>
        EntityNulls.DropRefused((keepRawData ? WithRaw : WithoutRaw).Build(device, IntuneTypes.Device(TypeOf(device.Value))));

    /// <summary>Upstream 6.6.2: a device without a name is called after its user and model.</summary>
    public static string DisplayNameOf(ManagedDevice d) =>
        !string.IsNullOrEmpty(d.DeviceName)
            ? d.DeviceName
            : $"{NonEmpty(d.UserDisplayName) ?? NonEmpty(d.EmailAddress) ?? "Unknown User"}'s {NonEmpty(d.Model) ?? "Device"}";

    /// <summary>
    /// Upstream compared with "False" only, so a missing value meant jailbroken (spec A10.6); here only "True" is true,
    /// "False" false, and a missing or "Unknown" value unknown.
    /// </summary>
    public static bool? IsJailBroken(string? value) => value switch
    {
        "True" => true,
        "False" => false,
        _ => null,
    };

    /// <summary>Upstream wrote "undefined version undefined" when both parts were missing (spec A10.6).</summary>
    public static string? OsDetails(string? operatingSystem, string? osVersion) =>
        (NonEmpty(operatingSystem), NonEmpty(osVersion)) switch
        {
            ({ } os, { } version) => $"{os} version {version}",
            ({ } os, null) => os,
            (null, { } version) => $"version {version}",
            _ => null,
        };

    public static string? OsType(string? operatingSystem) => operatingSystem?.ToLowerInvariant() switch
    {
        null or "" => null,
        var os when os.StartsWith("windows", StringComparison.Ordinal) => "windows",
        "ios" or "ipados" => "ios",
        "macos" or "mac os x" or "osx" => "darwin",
        var os when os.StartsWith("android", StringComparison.Ordinal) => "android",
        "linux" or "ubuntu" => "linux",
        "chromeos" or "chrome os" => "chromeos",
        _ => "other",
    };

    private static EntityMap<ManagedDevice> CreateMap(bool keepRaw) => new(IntuneTypes.UserEndpoint)
    {
        Key = d => d.Id,
        KeepRawData = keepRaw,
        CopySourceProperties = keepRaw,
        Properties =
        {
            ["id"] = d => d.Id,
            // The data model types deviceId, assetTag as arrays (sdk-spec §2.3); upstream wrote strings.
            ["deviceId"] = d => new[] { d.Id },
            ["category"] = _ => "endpoint",
            ["name"] = d => DisplayNameOf(d),
            ["displayName"] = d => DisplayNameOf(d),
            ["deviceName"] = d => d.DeviceName,
            // Host requires a hostname; a device name that is not one (spaces, apostrophes) gives null.
            ["hostname"] = d => d.DeviceName is { } n && HostnamePattern().IsMatch(n) ? n : null,
            ["fqdn"] = _ => null,
            ["deviceType"] = d => d.DeviceType,
            ["enrolledDateTime"] = d => PropertyValues.ParseTime(d.EnrolledDateTime),
            ["lastSyncDateTime"] = d => PropertyValues.ParseTime(d.LastSyncDateTime),
            ["lastUpdateDateTime"] = d => PropertyValues.ParseTime(d.DeviceHealthAttestationState?.LastUpdateDateTime),
            ["lastSeenOn"] = d => PropertyValues.ParseTime(d.LastSyncDateTime),
            ["model"] = d => d.Model,
            ["version"] = d => d.Model,
            ["make"] = d => d.Manufacturer,
            ["serial"] = d => d.SerialNumber,
            ["serialNumber"] = d => d.SerialNumber,
            ["hardwareVendor"] = d => d.HardwareInformation?.Manufacturer ?? d.Manufacturer,
            ["hardwareManufacturer"] = d => d.HardwareInformation?.Manufacturer ?? d.Manufacturer,
            ["hardwareModel"] = d => d.HardwareInformation?.Model ?? d.Model,
            ["hardwareVersion"] = d => d.HardwareInformation?.Model ?? d.Model,
            ["hardwareSerial"] = d => d.HardwareInformation?.SerialNumber ?? d.SerialNumber,
            ["meid"] = d => d.Meid,
            ["imei"] = d => d.Imei,
            ["iccid"] = d => d.Iccid,
            ["udid"] = d => d.Udid,
            ["phoneNumber"] = d => d.PhoneNumber,
            ["wifiMacAddress"] = d => d.WiFiMacAddress,
            ["ethernetMacAddress"] = d => d.EthernetMacAddress,
            ["macAddress"] = d => NetworkAddresses.Macs(d.WiFiMacAddress, d.EthernetMacAddress),
            ["macAddresses"] = d => NetworkAddresses.ValidMacs(d.WiFiMacAddress, d.EthernetMacAddress),
            ["ipAddress"] = d => d.HardwareInformation?.IpAddressV4,
            ["ipv4Addresses"] = d => NetworkAddresses.Ipv4(d.HardwareInformation?.IpAddressV4),
            ["ipv6Addresses"] = _ => null,
            ["privateIpAddresses"] = d => NetworkAddresses.Private(d.HardwareInformation?.IpAddressV4),
            ["publicIpAddresses"] = d => NetworkAddresses.Public(d.HardwareInformation?.IpAddressV4),
            // Upstream wrote false for a device not EAS-activated (spec A10.6); the id is a string or unknown.
            ["easDeviceId"] = d => d.EasActivated == true ? NonEmpty(d.EasDeviceId) : null,
            ["aadDeviceId"] = d => d.AzureActiveDirectoryDeviceId ?? d.AzureADDeviceId,
            ["assetTag"] = d => (d.AzureActiveDirectoryDeviceId ?? d.AzureADDeviceId) is { } aad ? new[] { aad } : null,
            ["osDetails"] = d => OsDetails(d.OperatingSystem, d.OsVersion),
            ["osName"] = d => d.OperatingSystem,
            ["osVersion"] = d => d.OsVersion,
            ["osType"] = d => OsType(d.OperatingSystem),
            ["userEmails"] = d => Emails.AsList(d.EmailAddress),
            ["BYOD"] = d => d.ManagedDeviceOwnerType == "personal",
            ["ownerType"] = d => d.ManagedDeviceOwnerType,
            ["encrypted"] = d => d.IsEncrypted,
            ["userId"] = d => d.UserId,
            ["userDisplayName"] = d => d.UserDisplayName,
            ["username"] = d => d.UserPrincipalName,
            ["managed"] = d => d.ManagementState is null ? null : d.ManagementState != "discovered",
            ["supervised"] = d => d.IsSupervised,
            ["jailBroken"] = d => IsJailBroken(d.JailBroken),
            ["physical"] = d => DeviceClassification.IsPhysical(d.Model),
            ["deviceCategoryDisplayName"] = d => d.DeviceCategoryDisplayName,
        },
    };

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    [GeneratedRegex("^[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9]$")]
    private static partial Regex HostnamePattern();
}
