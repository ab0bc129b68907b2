using System.Globalization;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>
/// Intune: managed devices (beta, with detected apps), mobile apps with install statuses, compliance
/// policies and device configurations with per-device statuses, on the paths the collectors call (m365 spec A4).
/// </summary>
internal static class IntuneGenerator
{
    /// <summary>A detected app is one tenant-wide object (id, size) that devices share, as Graph's detectedApp is.</summary>
    private static readonly (string Name, string Publisher, string Version, long Size)[] DesktopApps =
    [
        ("Microsoft Edge", "Microsoft Corporation", "124.0.2478.80", 512_350_208), ("Google Chrome", "Google LLC", "124.0.6367.119", 402_653_184),
        ("Mozilla Firefox (x64 en-US)", "Mozilla", "125.0.3", 251_658_240), ("7-Zip 23.01 (x64)", "Igor Pavlov", "23.01", 5_767_168),
        ("Zoom Workplace", "Zoom Video Communications, Inc.", "6.0.2", 318_767_104), ("Microsoft Teams", "Microsoft Corporation", "24074.2321.2810.3500", 1_073_741_824),
        ("Notepad++ (64-bit x64)", "Notepad++ Team", "8.6.5", 15_728_640), ("Adobe Acrobat (64-bit)", "Adobe", "24.002.20736", 1_610_612_736),
        ("Python 3.12.3 (64-bit)", "Python Software Foundation", "3.12.3150.0", 104_857_600), ("Visual Studio Code", "Microsoft Corporation", "1.89.0", 377_487_360),
        ("Slack", "Slack Technologies Inc.", "4.38.125", 293_601_280), ("OpenSSL 1.1.1k", "OpenSSL Project", "1.1.1k", 12_582_912),
    ];

    private static readonly (string ODataType, string Name, string Publisher)[] MobileApps =
    [
        ("#microsoft.graph.officeSuiteApp", "Microsoft 365 Apps for Windows 10 and later", "Microsoft"),
        ("#microsoft.graph.win32LobApp", "Company Portal VPN Client", "Contoso IT"),
        ("#microsoft.graph.iosStoreApp", "Microsoft Authenticator", "Microsoft Corporation"),
        ("#microsoft.graph.managedAndroidStoreApp", "Microsoft Outlook", "Microsoft Corporation"),
        ("#microsoft.graph.webApp", "Contoso Intranet", "Contoso"),
        ("#microsoft.graph.winGetApp", "Mozilla Firefox", "Mozilla"),
        ("#microsoft.graph.macOSLobApp", "Contoso Endpoint Agent", "Contoso IT"),
        ("#microsoft.graph.iosVppApp", "Microsoft Teams", "Microsoft Corporation"),
    ];

    public static void Generate(GeneratorContext context)
    {
        var data = context.Data;
        context.IntuneAccountId = context.NewGuid();
        data.SetSingleton("graph/v1.0/deviceManagement", new JsonObject { ["intuneAccountId"] = context.IntuneAccountId });
        data.SetSingleton("graph/beta/deviceManagement/subscriptionState", new JsonObject { ["value"] = "active" });
        var managed = context.Devices.Take(context.Options.ManagedDevices).ToList();
        var managedIds = new List<string>();
        var detected = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var device in managed)
        {
            var id = context.NewGuid();
            managedIds.Add(id);
            data.Add("graph/beta/deviceManagement/managedDevices", ManagedDevice(context, device, id));
            data.EnsureCollection($"graph/beta/deviceManagement/managedDevices/{id}/detectedApps");
            foreach (var app in DesktopApps.OrderBy(_ => context.Random.Next()).Take(Math.Min(context.Options.DetectedAppsPerDevice, DesktopApps.Length)))
            {
                var appId = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(app.Name + app.Version)))[..44];
                var item = new JsonObject
                {
                    ["id"] = appId,
                    ["displayName"] = app.Name,
                    ["version"] = app.Version,
                    ["sizeInByte"] = app.Size,
                    ["deviceCount"] = 1,
                    ["publisher"] = app.Publisher,
                    ["platform"] = device.Platform.OperatingSystem == "macOS" ? "macOS" : "windows",
                };
                data.Add($"graph/beta/deviceManagement/managedDevices/{id}/detectedApps", item);
                if (detected.TryGetValue(appId, out var seen))
                {
                    seen["deviceCount"] = (int)seen["deviceCount"]! + 1; // set when first seen
                }
                else
                {
                    detected[appId] = (JsonObject)item.DeepClone();
                }
            }
        }

        // The tenant-wide list (GET /deviceManagement/detectedApps): each app once, with the devices it was found on.
        data.EnsureCollection("graph/beta/deviceManagement/detectedApps");
        foreach (var app in detected.Values)
        {
            data.Add("graph/beta/deviceManagement/detectedApps", app);
        }

        for (var i = 0; i < context.Options.ManagedApps; i++)
        {
            var (odataType, name, publisher) = MobileApps[i % MobileApps.Length];
            var appId = context.NewGuid();
            data.Add("graph/beta/deviceAppManagement/mobileApps", new JsonObject
            {
                ["@odata.type"] = odataType, ["id"] = appId, ["displayName"] = i < MobileApps.Length ? name : $"{name} {i / MobileApps.Length + 1}",
                ["description"] = name, ["publisher"] = publisher, ["largeIcon"] = null, ["createdDateTime"] = context.DaysAgo(700, 60),
                ["lastModifiedDateTime"] = context.DaysAgo(60), ["isFeatured"] = false, ["privacyInformationUrl"] = null, ["informationUrl"] = null,
                ["owner"] = string.Empty, ["developer"] = string.Empty, ["notes"] = string.Empty, ["uploadState"] = 1, ["publishingState"] = "published",
                ["isAssigned"] = true, ["roleScopeTagIds"] = new JsonArray(), ["dependentAppCount"] = 0, ["supersedingAppCount"] = 0, ["supersededAppCount"] = 0,
            });
            data.EnsureCollection($"graph/beta/deviceAppManagement/mobileApps/{appId}/deviceStatuses");
            foreach (var (device, managedId) in managed.Zip(managedIds).Where(_ => context.Chance(0.3)))
            {
                var state = context.Pick(["installed", "installed", "installed", "failed", "notInstalled"]);
                data.Add($"graph/beta/deviceAppManagement/mobileApps/{appId}/deviceStatuses", new JsonObject
                {
                    ["id"] = appId + managedId, ["deviceName"] = device.Name, ["deviceId"] = managedId, ["lastSyncDateTime"] = context.DaysAgo(10),
                    ["mobileAppInstallStatusValue"] = state, ["installState"] = state, ["installStateDetail"] = "noAdditionalDetails",
                    ["errorCode"] = state == "failed" ? -2016345060 : 0, ["osVersion"] = device.Platform.OsVersion, ["osDescription"] = device.Platform.OperatingSystem,
                    ["userName"] = device.Owner.DisplayName, ["userPrincipalName"] = device.Owner.UserPrincipalName, ["displayVersion"] = null,
                });
            }
        }

        Policies(context, managed, managedIds);
    }

    private static void Policies(GeneratorContext context, List<GeneratedDevice> managed, List<string> managedIds)
    {
        string[] complianceTypes = ["windows10CompliancePolicy", "iosCompliancePolicy", "androidWorkProfileCompliancePolicy", "macOSCompliancePolicy"];
        for (var i = 0; i < context.Options.CompliancePolicies; i++)
        {
            var id = context.NewGuid();
            var type = complianceTypes[i % complianceTypes.Length];
            context.Data.Add("graph/v1.0/deviceManagement/deviceCompliancePolicies", new JsonObject
            {
                ["@odata.type"] = $"#microsoft.graph.{type}", ["id"] = id, ["createdDateTime"] = context.DaysAgo(600, 100),
                ["description"] = "Baseline device health requirements", ["lastModifiedDateTime"] = context.DaysAgo(90),
                ["displayName"] = $"{type.Replace("CompliancePolicy", string.Empty, StringComparison.Ordinal)} baseline compliance", ["version"] = context.Random.Next(1, 9),
                ["passwordRequired"] = true, ["passwordMinimumLength"] = 8, ["passwordRequiredType"] = "alphanumeric",
                ["osMinimumVersion"] = null, ["osMaximumVersion"] = null, ["storageRequireEncryption"] = true,
            });
            context.Data.EnsureCollection($"graph/beta/deviceManagement/deviceCompliancePolicies/{id}/deviceStatuses");
            foreach (var (device, managedId) in managed.Zip(managedIds).Where(_ => context.Chance(0.5)))
            {
                context.Data.Add($"graph/beta/deviceManagement/deviceCompliancePolicies/{id}/deviceStatuses", new JsonObject
                {
                    ["id"] = $"{context.IntuneAccountId}_{id}_{managedId}", ["deviceDisplayName"] = device.Name, ["userName"] = device.Owner.DisplayName,
                    ["deviceModel"] = device.Platform.Model, ["platform"] = 0, ["complianceGracePeriodExpirationDateTime"] = "9999-12-31T23:59:59Z",
                    ["status"] = context.Pick(["compliant", "compliant", "compliant", "nonCompliant", "error", "conflict"]),
                    ["lastReportedDateTime"] = context.DaysAgo(7), ["userPrincipalName"] = device.Owner.UserPrincipalName,
                });
            }
        }

        string[] configurationTypes = ["windows10GeneralConfiguration", "windows10EndpointProtectionConfiguration", "iosGeneralDeviceConfiguration", "macOSGeneralDeviceConfiguration"];
        for (var i = 0; i < context.Options.DeviceConfigurations; i++)
        {
            var id = context.NewGuid();
            var type = configurationTypes[i % configurationTypes.Length];
            context.Data.Add("graph/v1.0/deviceManagement/deviceConfigurations", new JsonObject
            {
                ["@odata.type"] = $"#microsoft.graph.{type}", ["id"] = id, ["lastModifiedDateTime"] = context.DaysAgo(90),
                ["createdDateTime"] = context.DaysAgo(600, 100), ["description"] = "Managed settings", ["displayName"] = $"{type} profile",
                ["version"] = context.Random.Next(1, 9), ["passwordRequired"] = true, ["screenCaptureBlocked"] = context.Chance(0.5),
            });
            context.Data.EnsureCollection($"graph/v1.0/deviceManagement/deviceConfigurations/{id}/deviceStatuses");
            foreach (var (device, managedId) in managed.Zip(managedIds).Where(_ => context.Chance(0.5)))
            {
                context.Data.Add($"graph/v1.0/deviceManagement/deviceConfigurations/{id}/deviceStatuses", new JsonObject
                {
                    ["id"] = $"{context.IntuneAccountId}_{id}_{managedId}", ["deviceDisplayName"] = device.Name, ["userName"] = device.Owner.DisplayName,
                    ["deviceModel"] = device.Platform.Model, ["complianceGracePeriodExpirationDateTime"] = "9999-12-31T23:59:59Z",
                    // deviceConfigurationDeviceStatus.status is a complianceStatus, like compliance policies' statuses.
                    ["status"] = context.Pick(["compliant", "compliant", "error", "conflict", "notApplicable", "nonCompliant"]),
                    ["lastReportedDateTime"] = context.DaysAgo(7), ["userPrincipalName"] = device.Owner.UserPrincipalName,
                });
            }
        }
    }

    private static JsonObject ManagedDevice(GeneratorContext context, GeneratedDevice device, string id)
    {
        var platform = device.Platform;
        var enrolled = context.DaysAgo(700, 30);
        var personal = platform.ChassisType == "phone" && context.Chance(0.4);
        return new JsonObject
        {
            ["id"] = id, ["userId"] = device.Owner.Id, ["deviceName"] = device.Name, ["ownerType"] = personal ? "personal" : "company",
            ["managedDeviceOwnerType"] = personal ? "personal" : "company", ["managementState"] = "managed", ["enrolledDateTime"] = enrolled,
            ["lastSyncDateTime"] = context.DaysAgo(14), ["chassisType"] = platform.ChassisType, ["operatingSystem"] = platform.OperatingSystem,
            ["deviceType"] = platform.IntuneDeviceType, ["complianceState"] = context.Pick(["compliant", "compliant", "compliant", "noncompliant", "inGracePeriod", "unknown"]),
            ["jailBroken"] = platform.ChassisType == "phone" ? "False" : "Unknown", ["managementAgent"] = "mdm", ["osVersion"] = platform.OsVersion,
            ["easActivated"] = false, ["easDeviceId"] = context.Hex(13).ToUpperInvariant(), ["easActivationDateTime"] = "0001-01-01T00:00:00Z",
            ["aadRegistered"] = true, ["azureADRegistered"] = true,
            ["deviceEnrollmentType"] = platform.OperatingSystem == "Windows" ? "windowsAzureADJoin" : "userEnrollment",
            ["lostModeState"] = "disabled", ["activationLockBypassCode"] = null, ["emailAddress"] = device.Owner.UserPrincipalName,
            ["azureActiveDirectoryDeviceId"] = device.DeviceId, ["azureADDeviceId"] = device.DeviceId, ["deviceRegistrationState"] = "registered",
            ["deviceCategoryDisplayName"] = "Unknown", ["isSupervised"] = false, ["exchangeLastSuccessfulSyncDateTime"] = "0001-01-01T00:00:00Z",
            ["exchangeAccessState"] = "none", ["exchangeAccessStateReason"] = "none", ["remoteAssistanceSessionUrl"] = null,
            ["remoteAssistanceSessionErrorDetails"] = null, ["isEncrypted"] = context.Chance(0.85), ["userPrincipalName"] = device.Owner.UserPrincipalName,
            ["model"] = platform.Model, ["manufacturer"] = platform.Manufacturer, ["imei"] = platform.ChassisType == "phone" ? context.Random.NextInt64(100000000000000, 999999999999999).ToString(CultureInfo.InvariantCulture) : string.Empty,
            ["complianceGracePeriodExpirationDateTime"] = "9999-12-31T23:59:59Z", ["serialNumber"] = context.Hex(6).ToUpperInvariant(),
            ["phoneNumber"] = string.Empty, ["androidSecurityPatchLevel"] = platform.OperatingSystem == "Android" ? "2024-04-05" : string.Empty,
            ["userDisplayName"] = device.Owner.DisplayName, ["configurationManagerClientEnabledFeatures"] = null,
            ["wiFiMacAddress"] = context.Hex(6), ["deviceHealthAttestationState"] = null, ["subscriberCarrier"] = string.Empty, ["meid"] = string.Empty,
            ["totalStorageSpaceInBytes"] = 255_471_026_176L, ["freeStorageSpaceInBytes"] = context.Random.NextInt64(10_000_000_000, 200_000_000_000),
            ["managedDeviceName"] = $"{device.Owner.UserPrincipalName.Split('@')[0]}_{platform.OperatingSystem}_{enrolled[..10]}",
            ["partnerReportedThreatState"] = "unknown", ["retireAfterDateTime"] = "0001-01-01T00:00:00Z",
            ["preferMdmOverGroupPolicyAppliedDateTime"] = "0001-01-01T00:00:00Z", ["autopilotEnrolled"] = platform.OperatingSystem == "Windows" && context.Chance(0.5),
            ["requireUserEnrollmentApproval"] = null, ["managementCertificateExpirationDate"] = "2026-05-01T00:00:00Z", ["iccid"] = null, ["udid"] = null,
            ["roleScopeTagIds"] = new JsonArray("0"), ["windowsActiveMalwareCount"] = 0, ["windowsRemediatedMalwareCount"] = 0, ["notes"] = null,
            ["configurationManagerClientHealthState"] = null, ["configurationManagerClientInformation"] = null, ["ethernetMacAddress"] = null,
            ["physicalMemoryInBytes"] = 0, ["processorArchitecture"] = platform.OperatingSystem == "macOS" ? "arm64" : "x64",
            ["specificationVersion"] = null, ["joinType"] = platform.OperatingSystem == "Windows" ? "azureADJoined" : "unknown",
            ["skuFamily"] = platform.OperatingSystem == "Windows" ? "Enterprise" : string.Empty, ["skuNumber"] = 0, ["managementFeatures"] = "none",
            ["enrollmentProfileName"] = null, ["bootstrapTokenEscrowed"] = false, ["deviceFirmwareConfigurationInterfaceManaged"] = false,
            ["hardwareInformation"] = null, ["deviceActionResults"] = new JsonArray(), ["usersLoggedOn"] = new JsonArray(),
            ["chromeOSDeviceInfo"] = new JsonArray(),
        };
    }
}
