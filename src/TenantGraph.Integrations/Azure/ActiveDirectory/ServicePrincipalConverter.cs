using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ActiveDirectory;

/// <summary>azure-spec §5.1 <c>azure_service_principal</c>.</summary>
internal static class ServicePrincipalConverter
{
    private static readonly EntityMap<ServicePrincipal> Map = new(ActiveDirectoryTypes.ServicePrincipal)
    {
        Key = sp => sp.Id,
        Properties =
        {
            ["id"] = sp => sp.Id,
            ["name"] = sp => sp.DisplayName,
            ["displayName"] = sp => sp.DisplayName ?? sp.AppDisplayName ?? sp.Id,
            ["appDisplayName"] = sp => sp.AppDisplayName,
            ["appId"] = sp => sp.AppId,
            ["servicePrincipalType"] = sp => sp.ServicePrincipalType,
            ["servicePrincipalNames"] = sp => sp.ServicePrincipalNames,
            ["accountEnabled"] = sp => sp.AccountEnabled,
            ["userType"] = _ => "service",
            ["category"] = _ => new[] { "infrastructure" },
            ["function"] = _ => new[] { "service-account" },
        },
    };

    /// <summary>Graph tags are plain strings; the SDK takes a string array as the <c>tags</c> list as-is.</summary>
    public static Entity ToEntity(ApiObject<ServicePrincipal> servicePrincipal)
    {
        var entity = Map.Build(servicePrincipal);
        entity.Properties.Remove("tags");
        if (servicePrincipal.Value.Tags is { Count: > 0 } tags)
        {
            entity.Properties.Set("tags", tags.ToArray());
        }

        return entity;
    }
}
