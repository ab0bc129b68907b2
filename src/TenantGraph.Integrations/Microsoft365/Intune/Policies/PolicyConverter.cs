using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Microsoft365.Intune.Policies;

/// <summary>Compliance policies (spec A5.7, no raw data) and device configurations (A5.8, raw data kept).</summary>
internal static class PolicyConverter
{
    private static readonly EntityMap<DevicePolicy> CompliancePolicyMap = CreateMap(IntuneTypes.CompliancePolicy,
        keepRaw: false, function: "endpoint-compliance", category: "compliance", kindProperty: "policyType");

    private static readonly EntityMap<DevicePolicy> DeviceConfigurationMap = CreateMap(IntuneTypes.DeviceConfiguration,
        keepRaw: true, function: "endpoint-configuration", category: "config", kindProperty: "configurationType");

    public static Entity ToCompliancePolicyEntity(ApiObject<DevicePolicy> policy) => EntityNulls.DropRefused(CompliancePolicyMap.Build(policy));

    public static Entity ToDeviceConfigurationEntity(ApiObject<DevicePolicy> configuration) =>
        EntityNulls.DropRefused(DeviceConfigurationMap.Build(configuration));

    /// <summary><c>#microsoft.graph.iosCompliancePolicy</c> → <c>iosCompliancePolicy</c>.</summary>
    public static string? KindOf(string? odataType) => odataType?[(odataType.LastIndexOf('.') + 1)..];

    private static EntityMap<DevicePolicy> CreateMap(EntityMetadata metadata, bool keepRaw, string function, string category,
        string kindProperty) => new(metadata)
        {
            Key = p => p.Id,
            KeepRawData = keepRaw,
            Properties =
            {
                ["id"] = p => p.Id,
                ["name"] = p => p.DisplayName ?? p.Id,
                ["displayName"] = p => p.DisplayName ?? p.Id,
                ["description"] = p => string.IsNullOrEmpty(p.Description) ? p.DisplayName : p.Description,
                ["createdOn"] = p => PropertyValues.ParseTime(p.CreatedDateTime),
                ["version"] = p => p.Version,
                ["function"] = _ => function,
                ["category"] = _ => category,
                [kindProperty] = p => KindOf(p.ODataType),
            },
        };
}
