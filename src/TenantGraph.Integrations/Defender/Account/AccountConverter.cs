using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Defender.Account;

/// <summary>Organization → <c>microsoft_defender_account</c> (spec §B5.1).</summary>
internal static class AccountConverter
{
    private static readonly EntityMap<AccountSource> Map = new(AccountTypes.Account)
    {
        Key = a => KeyFor(a.Instance),
        Properties =
        {
            ["id"] = a => a.Organization.Id,
            ["name"] = a => a.Organization.DisplayName ?? a.Instance,
            // The reference names the account after the integration instance, not the organization.
            ["displayName"] = a => a.Instance,
            ["organizationName"] = a => a.Organization.DisplayName,
            ["defaultDomain"] = a => DefaultDomain(a.Organization),
            ["verifiedDomains"] = a => a.Organization.VerifiedDomains?.Select(d => d.Name).Where(n => !string.IsNullOrEmpty(n)),
            ["vendor"] = _ => "Microsoft Defender",
        },
    };

    /// <summary>The account is one per instance, so its key is the instance's (the reference's instance id).</summary>
    public static string KeyFor(string instance) => $"microsoft_defender_account:{instance}";

    public static Entity ToEntity(ApiObject<Organization> organization, string instance) =>
        Map.Build(new ApiObject<AccountSource>(new AccountSource(organization.Value, instance), organization.Raw));

    // A5.1: the default domain is the last one flagged isDefault.
    private static string? DefaultDomain(Organization organization) =>
        organization.VerifiedDomains?.LastOrDefault(d => d.IsDefault == true)?.Name;

    private sealed record AccountSource(Organization Organization, string Instance);
}
