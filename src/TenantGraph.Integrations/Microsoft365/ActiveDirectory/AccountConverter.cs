using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Microsoft365.ActiveDirectory;

/// <summary>The organization as the integration's account entity (spec A5.1).</summary>
internal static class AccountConverter
{
    public static string KeyFor(DirectoryModel model, string instanceId) => $"{model.Account.Type}-{instanceId}";

    public static Entity ToEntity(DirectoryModel model, ApiObject<Organization> organization, TenantFacts facts)
    {
        var map = new EntityMap<Organization>(model.Account)
        {
            Key = _ => KeyFor(model, facts.InstanceId),
            Properties =
            {
                ["id"] = o => o.Id,
                ["name"] = o => o.DisplayName ?? o.Id,
                ["displayName"] = _ => facts.InstanceName,
                ["organizationName"] = o => o.DisplayName,
                ["verifiedDomains"] = o => (o.VerifiedDomains ?? []).Select(d => d.Name).Where(n => n is not null).ToArray(),
                // Upstream keeps the last default domain when several claim it.
                ["defaultDomain"] = o => (o.VerifiedDomains ?? []).LastOrDefault(d => d.IsDefault == true)?.Name,
                ["intuneAccountId"] = _ => facts.IntuneAccountId,
                ["mobileDeviceManagementAuthority"] = _ => facts.MobileDeviceManagementAuthority,
                ["intuneSubscriptionState"] = _ => facts.IntuneSubscriptionState,
                // Account requires vendor in the data model the graph is validated against; upstream predates it.
                ["vendor"] = _ => "Microsoft",
            },
        };
        var account = EntityNulls.DropRefused(map.Build(organization));
        // Absent on a tenant without Intune, as upstream leaves them undefined (fetchAccountNoMdm).
        foreach (var field in (ReadOnlySpan<string>)["intuneAccountId", "mobileDeviceManagementAuthority", "intuneSubscriptionState", "defaultDomain"])
        {
            if (account.Properties.TryGetValue(field, out var value) && value is null)
            {
                account.Properties.Remove(field);
            }
        }

        return account;
    }
}
