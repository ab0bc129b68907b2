using System.Runtime.CompilerServices;
using TenantGraph.Core.Graph;
using TenantGraph.Microsoft;
using TenantGraph.Microsoft.Batching;

namespace TenantGraph.Integrations.Microsoft365.ActiveDirectory;

/// <summary>The directory calls of the microsoft-365 integration (spec A4 rows 2–9), one method per Graph operation.</summary>
internal sealed class ActiveDirectoryClient(MicrosoftApiClient client)
{
    public const string OrganizationPermission = "Organization.Read.All";
    public const string DirectoryPermission = "Directory.Read.All";
    public const string ServiceConfigPermission = "DeviceManagementServiceConfig.Read.All";
    public const string SignInActivityPermission = "AuditLog.Read.All";

    /// <summary>Spec A3.2's user $select, minus businessPhones (selected upstream but never mapped).</summary>
    private static readonly string[] UserFields =
    [
        "id", "displayName", "givenName", "surname", "userPrincipalName", "mail", "jobTitle", "mobilePhone", "officeLocation",
        "preferredLanguage", "userType", "accountEnabled", "usageLocation",
    ];

    private static readonly string[] GroupFields =
    [
        "id", "displayName", "description", "classification", "createdDateTime", "deletedDateTime", "renewedDateTime",
        "mail", "mailEnabled", "mailNickname", "securityEnabled",
    ];

    private static readonly string[] MemberFields = ["id", "displayName", "jobTitle", "mail", "userPrincipalName"];

    /// <summary>The tenant's organization object; the directory has exactly one.</summary>
    public async Task<ApiObject<Organization>?> GetOrganizationAsync(CancellationToken cancellationToken)
    {
        var request = new ListRequest(MicrosoftApi.Graph, "/organization", OrganizationPermission) { PageSize = ListRequest.NoTop };
        await foreach (var organization in client.ListObjectsAsync(request, ActiveDirectoryJsonContext.Default.Organization, cancellationToken))
        {
            return organization;
        }

        return null;
    }

    public async Task<string?> GetIntuneAccountIdAsync(CancellationToken cancellationToken)
    {
        var request = new ListRequest(MicrosoftApi.Graph, "/deviceManagement", ServiceConfigPermission) { Select = ["intuneAccountId"] };
        var answer = await client.GetAsync(request, ActiveDirectoryJsonContext.Default.DeviceManagementAccount, cancellationToken);
        return answer?.Value.IntuneAccountId;
    }

    /// <summary>Undocumented beta singleton, used because the documented property is wrong (spec A2.2).</summary>
    public async Task<string?> GetSubscriptionStateAsync(CancellationToken cancellationToken)
    {
        var request = new ListRequest(MicrosoftApi.GraphBeta, "/deviceManagement/subscriptionState", ServiceConfigPermission);
        var answer = await client.GetAsync(request, ActiveDirectoryJsonContext.Default.SubscriptionState, cancellationToken);
        return answer?.Value.Value;
    }

    public async Task<string?> GetMobileDeviceManagementAuthorityAsync(string organizationId, CancellationToken cancellationToken)
    {
        var request = new ListRequest(MicrosoftApi.Graph, $"/organization/{Uri.EscapeDataString(organizationId)}", OrganizationPermission)
        {
            Select = ["mobileDeviceManagementAuthority"],
        };
        var answer = await client.GetAsync(request, ActiveDirectoryJsonContext.Default.OrganizationMdmAuthority, cancellationToken);
        return answer?.Value.MobileDeviceManagementAuthority;
    }

    /// <summary>One user with <c>signInActivity</c> selected: fails when AuditLog.Read.All or the premium licence is missing.</summary>
    public Task ProbeSignInActivityAsync(CancellationToken cancellationToken)
    {
        var request = new ListRequest(MicrosoftApi.Graph, "/users", SignInActivityPermission)
        {
            Select = ["id", "signInActivity"],
            PageSize = ListRequest.NoTop,
            Query = new Dictionary<string, string> { ["$top"] = "1" },
        };
        return client.GetAsync(request, ActiveDirectoryJsonContext.Default.UserPage, cancellationToken);
    }

    public IAsyncEnumerable<ApiObject<User>> ListUsersAsync(bool withSignInActivity, CancellationToken cancellationToken)
    {
        var request = new ListRequest(MicrosoftApi.Graph, "/users", DirectoryPermission)
        {
            Select = withSignInActivity ? [.. UserFields, "signInActivity"] : UserFields,
        };
        return client.ListObjectsAsync(request, ActiveDirectoryJsonContext.Default.User, cancellationToken);
    }

    public IAsyncEnumerable<ApiObject<Group>> ListGroupsAsync(CancellationToken cancellationToken) =>
        client.ListObjectsAsync(new ListRequest(MicrosoftApi.Graph, "/groups", DirectoryPermission) { Select = GroupFields },
            ActiveDirectoryJsonContext.Default.Group, cancellationToken);

    /// <summary>The direct members of many groups through <c>$batch</c>, 20 groups per call, each listing paged.</summary>
    public async IAsyncEnumerable<(string GroupId, DirectoryObject Member)> ListGroupMembersAsync(IEnumerable<string> groupIds,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var requests = groupIds.Select(id => new KeyedListRequest(id,
            new ListRequest(MicrosoftApi.Graph, $"/groups/{Uri.EscapeDataString(id)}/members", DirectoryPermission) { Select = MemberFields }));
        await foreach (var page in client.ListEachAsync(requests, ActiveDirectoryJsonContext.Default.DirectoryObject, cancellationToken))
        {
            foreach (var member in page.Items)
            {
                yield return (page.Key, member);
            }
        }
    }
}
