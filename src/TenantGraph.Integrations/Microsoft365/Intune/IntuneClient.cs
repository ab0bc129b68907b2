using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TenantGraph.Core.Errors;
using TenantGraph.Core.Graph;
using TenantGraph.Microsoft;
using TenantGraph.Microsoft.Batching;

namespace TenantGraph.Integrations.Microsoft365.Intune;

/// <summary>The Intune calls of the microsoft-365 integration (spec A4 rows 10–17), one method per Graph operation.</summary>
internal sealed class IntuneClient(MicrosoftApiClient client)
{
    public const string ManagedDevicesPermission = "DeviceManagementManagedDevices.Read.All";
    public const string ConfigurationPermission = "DeviceManagementConfiguration.Read.All";
    public const string AppsPermission = "DeviceManagementApps.Read.All";

    /// <summary>Upstream's filter (spec A3.2): assigned apps plus line-of-business ones; no $top, which made Graph fail (7.0.4).</summary>
    public const string ManagedAppsFilter =
        "(isAssigned eq true or microsoft.graph.managedApp/appAvailability eq 'lineOfBusiness' or microsoft.graph.managedApp/appAvailability eq null)";

    /// <summary>The managed-device fields the converters read (spec A5.5, A5.6).</summary>
    private static readonly string[] ManagedDeviceFields =
    [
        "id", "userId", "deviceName", "managedDeviceOwnerType", "managementState", "enrolledDateTime", "lastSyncDateTime",
        "operatingSystem", "deviceType", "complianceState", "jailBroken", "managementAgent", "osVersion", "easActivated",
        "easDeviceId", "emailAddress", "azureActiveDirectoryDeviceId", "azureADDeviceId", "deviceRegistrationState",
        "deviceCategoryDisplayName", "isSupervised", "isEncrypted", "userPrincipalName", "model", "manufacturer", "imei",
        "serialNumber", "phoneNumber", "userDisplayName", "wiFiMacAddress", "ethernetMacAddress", "meid", "iccid", "udid",
        "hardwareInformation", "deviceHealthAttestationState", "usersLoggedOn",
    ];

    private static readonly string[] PolicyFields = ["id", "displayName", "description", "createdDateTime", "version"];

    public IAsyncEnumerable<ApiObject<ManagedDevice>> ListManagedDevicesAsync(CancellationToken cancellationToken) =>
        client.ListObjectsAsync(new ListRequest(MicrosoftApi.GraphBeta, "/deviceManagement/managedDevices", ManagedDevicesPermission)
        {
            Select = ManagedDeviceFields,
        }, IntuneJsonContext.Default.ManagedDevice, cancellationToken);

    public IAsyncEnumerable<ApiObject<DevicePolicy>> ListCompliancePoliciesAsync(CancellationToken cancellationToken) =>
        client.ListObjectsAsync(new ListRequest(MicrosoftApi.Graph, "/deviceManagement/deviceCompliancePolicies", ConfigurationPermission)
        {
            Select = PolicyFields,
        },
            IntuneJsonContext.Default.DevicePolicy, cancellationToken);

    /// <summary>Unselected: the configuration entity keeps the whole configuration as raw data (spec A5.8).</summary>
    public IAsyncEnumerable<ApiObject<DevicePolicy>> ListDeviceConfigurationsAsync(CancellationToken cancellationToken) =>
        client.ListObjectsAsync(new ListRequest(MicrosoftApi.Graph, "/deviceManagement/deviceConfigurations", ConfigurationPermission),
            IntuneJsonContext.Default.DevicePolicy, cancellationToken);

    /// <summary>The device statuses of many compliance policies through <c>$batch</c> (beta, as upstream).</summary>
    public IAsyncEnumerable<(string PolicyId, ApiObject<DeviceStatus> Status)> ListCompliancePolicyDeviceStatusesAsync(IEnumerable<string> policyIds,
        CancellationToken cancellationToken) =>
        Each(MicrosoftApi.GraphBeta, policyIds, id => $"/deviceManagement/deviceCompliancePolicies/{id}/deviceStatuses",
            ConfigurationPermission, IntuneJsonContext.Default.DeviceStatus, cancellationToken);

    public IAsyncEnumerable<(string ConfigurationId, ApiObject<DeviceStatus> Status)> ListDeviceConfigurationDeviceStatusesAsync(IEnumerable<string> configurationIds,
        CancellationToken cancellationToken) =>
        Each(MicrosoftApi.Graph, configurationIds, id => $"/deviceManagement/deviceConfigurations/{id}/deviceStatuses",
            ConfigurationPermission, IntuneJsonContext.Default.DeviceStatus, cancellationToken);

    /// <summary>Unselected: app kinds differ in their fields and the entity keeps the app as raw data (spec A5.10).</summary>
    public IAsyncEnumerable<ApiObject<MobileApp>> ListManagedAppsAsync(CancellationToken cancellationToken) =>
        client.ListObjectsAsync(new ListRequest(MicrosoftApi.GraphBeta, "/deviceAppManagement/mobileApps", AppsPermission)
        {
            Filter = ManagedAppsFilter,
            PageSize = ListRequest.NoTop,
        }, IntuneJsonContext.Default.MobileApp, cancellationToken);

    /// <summary>
    /// Install states of many apps, paged, through <c>$batch</c>; the GET form of the install-status report that the
    /// recordings hold (spec A7.2), since upstream's report POST is neither paged nor batched.
    /// </summary>
    public IAsyncEnumerable<(string AppId, ApiObject<MobileAppInstallStatus> Status)> ListAppInstallStatusesAsync(IEnumerable<string> appIds,
        CancellationToken cancellationToken) =>
        Each(MicrosoftApi.GraphBeta, appIds, id => $"/deviceAppManagement/mobileApps/{id}/deviceStatuses", AppsPermission,
            IntuneJsonContext.Default.MobileAppInstallStatus, cancellationToken,
            filter: "(mobileAppInstallStatusValue ne 'notApplicable')");

    /// <summary>Detected apps of many devices through <c>$batch</c>, each listing paged (upstream's $expand was not).</summary>
    public IAsyncEnumerable<(string DeviceId, ApiObject<DetectedApp> App)> ListDetectedAppsAsync(IEnumerable<string> deviceIds,
        CancellationToken cancellationToken) =>
        Each(MicrosoftApi.GraphBeta, deviceIds, id => $"/deviceManagement/managedDevices/{id}/detectedApps", ManagedDevicesPermission,
            IntuneJsonContext.Default.DetectedApp, cancellationToken, select: ["id", "displayName", "version", "sizeInByte"]);

    /// <summary>The tenant-wide detected apps (one per app, not per device), for the size the export's rows lack.</summary>
    public IAsyncEnumerable<DetectedApp> ListDetectedAppSizesAsync(CancellationToken cancellationToken) =>
        client.ListAsync(new ListRequest(MicrosoftApi.GraphBeta, "/deviceManagement/detectedApps", ManagedDevicesPermission)
        {
            Select = ["id", "sizeInByte"],
        }, IntuneJsonContext.Default.DetectedApp, cancellationToken);

    private async IAsyncEnumerable<(string Key, ApiObject<T> Item)> Each<T>(MicrosoftApi api, IEnumerable<string> ids,
        Func<string, string> path, string permission, JsonTypeInfo<T> typeInfo,
        [EnumeratorCancellation] CancellationToken cancellationToken, string? filter = null, IReadOnlyList<string>? select = null)
    {
        var requests = ids.Select(id => new KeyedListRequest(id,
            new ListRequest(api, path(Uri.EscapeDataString(id)), permission) { Filter = filter, Select = select, PageSize = ListRequest.NoTop }));
        await foreach (var page in client.ListEachRawAsync(requests, cancellationToken))
        {
            foreach (var item in page.Items)
            {
                yield return (page.Key, new ApiObject<T>(Read(item, typeInfo, path(page.Key)), item));
            }
        }
    }

    private static T Read<T>(JsonElement item, JsonTypeInfo<T> typeInfo, string path)
    {
        try
        {
            return item.Deserialize(typeInfo)
                ?? throw new ProviderApiException($"GET {path} returned null where an object was expected", HttpStatusCode.OK, "GET", path);
        }
        catch (JsonException e)
        {
            throw new ProviderApiException($"GET {path} returned an object that does not read as {typeof(T).Name}: {e.Message}",
                HttpStatusCode.OK, "GET", path, innerException: e);
        }
    }
}
