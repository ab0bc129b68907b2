using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Microsoft365.Intune.Applications;

/// <summary>An Intune-managed app (spec A5.10); raw data = the app.</summary>
internal static class ManagedApplicationConverter
{
    private static readonly EntityMap<MobileApp> Map = new(IntuneTypes.ManagedApplication)
    {
        Key = a => a.Id,
        Properties =
        {
            ["id"] = a => a.Id,
            ["name"] = a => (a.DisplayName ?? a.Id).ToLowerInvariant(),
            ["displayName"] = a => a.DisplayName ?? a.Id,
            ["notes"] = a => string.IsNullOrEmpty(a.Notes) ? Array.Empty<string>() : new[] { a.Notes },
            ["COTS"] = a => !IsLineOfBusiness(a.ODataType),
            ["external"] = a => !IsLineOfBusiness(a.ODataType),
            ["mobile"] = a => IsMobile(a.ODataType),
            ["productionURL"] = a => AbsoluteUri(a.AppUrl) ?? AbsoluteUri(a.AppStoreUrl),
            ["publisher"] = a => a.Publisher,
            ["isPublished"] = a => a.PublishingState == "published",
            ["createdOn"] = a => PropertyValues.ParseTime(a.CreatedDateTime),
            ["lastUpdatedOn"] = a => PropertyValues.ParseTime(a.LastModifiedDateTime),
            ["featured"] = a => a.IsFeatured,
            ["privacyInformationURL"] = a => a.PrivacyInformationUrl,
            ["informationURL"] = a => a.InformationUrl,
            ["owner"] = a => string.IsNullOrEmpty(a.Owner) ? null : a.Owner,
            ["developer"] = a => a.Developer,
            ["version"] = a => VersionOf(a),
            ["committedContentVersion"] = a => a.CommittedContentVersion,
            ["packageId"] = a => a.PackageId,
        },
    };

    public static Entity ToEntity(ApiObject<MobileApp> app) => EntityNulls.DropRefused(Map.Build(app));

    public static bool IsLineOfBusiness(string? odataType) => (odataType ?? string.Empty).Contains("lob", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Upstream meant web apps to count as mobile but compared "webApp" against a lower-cased type, so it never
    /// matched (spec A5.10); the comparison here ignores case.
    /// </summary>
    public static bool IsMobile(string? odataType)
    {
        var type = (odataType ?? string.Empty).ToLowerInvariant();
        return type.Contains("ios", StringComparison.Ordinal) || type.Contains("android", StringComparison.Ordinal)
            || type.Contains("mobile", StringComparison.Ordinal) || type.Contains("webapp", StringComparison.Ordinal);
    }

    public static string VersionOf(MobileApp app) =>
        new[] { app.VersionName, app.VersionCode, app.VersionNumber, app.IdentityVersion, app.Version }
            .FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? "unversioned";

    /// <summary>The device ASSIGNED app edge; upstream keys it <c>{device}|{app}</c> (spec A6.1).</summary>
    public static Relationship ToDeviceRelationship(Entity device, Entity app, MobileAppInstallStatus status, string installedVersion) =>
        IntuneTypes.DeviceAssignedManagedApplication[device.Type].CreateWithKey(device.Key, app.Key, $"{device.Key}|{app.Key}",
            new PropertyBag
            {
                ["installState"] = status.InstallState,
                ["installStateDetail"] = status.InstallStateDetail,
                ["errorCode"] = status.ErrorCode,
                ["installedVersion"] = installedVersion,
            });

    private static string? AbsoluteUri(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out _) ? value : null;
}
