using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Azure.ActiveDirectory;

/// <summary>The directory as the instance's account (azure-spec §5.1).</summary>
internal static class AccountConverter
{
    public static Entity ToEntity(ApiObject<Organization> organization, string tenantId, string instanceName)
    {
        var map = new EntityMap<Organization>(ActiveDirectoryTypes.Account)
        {
            Key = _ => ActiveDirectoryTypes.AccountKey(tenantId),
            Properties =
            {
                ["name"] = o => o.DisplayName ?? instanceName,
                ["displayName"] = _ => instanceName,
                ["organizationName"] = o => o.DisplayName,
                ["defaultDomain"] = o => o.VerifiedDomains?.FirstOrDefault(d => d.IsDefault == true)?.Name,
                ["verifiedDomains"] = o => o.VerifiedDomains?.Select(d => d.Name).ToArray(),
                ["tenantId"] = _ => tenantId,
                ["vendor"] = _ => "Microsoft",
            },
        };
        return map.Build(organization);
    }

    /// <summary>The reference's fallback when the organization cannot be read: named after the instance, no raw data.</summary>
    public static Entity FromInstance(string tenantId, string instanceName) => new(
        ActiveDirectoryTypes.AccountKey(tenantId), ActiveDirectoryTypes.Account.Type, ActiveDirectoryTypes.Account.Classes,
        new PropertyBag
        {
            ["name"] = instanceName,
            ["displayName"] = instanceName,
            ["tenantId"] = tenantId,
            ["vendor"] = "Microsoft",
        });
}
