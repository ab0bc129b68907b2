using TenantGraph.Core.Graph;
using TenantGraph.Microsoft;

namespace TenantGraph.Integrations.Defender.Account;

/// <summary>Microsoft Graph calls of the account step.</summary>
internal sealed class AccountClient(MicrosoftApiClient client)
{
    /// <summary><c>GET /organization</c>: the tenant's one organization, or null if Graph lists none.</summary>
    public async Task<ApiObject<Organization>?> GetOrganizationAsync(CancellationToken cancellationToken)
    {
        var request = new ListRequest(MicrosoftApi.Graph, "/organization",
            DefenderPermissions.OrganizationReadAll) { PageSize = ListRequest.NoTop };
        await foreach (var organization in client.ListObjectsAsync(request, AccountJsonContext.Default.Organization, cancellationToken))
        {
            return organization;
        }

        return null;
    }
}
