using TenantGraph.Core.Graph;
using TenantGraph.Microsoft;
using TenantGraph.Microsoft.Batching;

namespace TenantGraph.Integrations.Azure.ActiveDirectory;

/// <summary>Microsoft Graph reads of the directory (azure-spec §4.2).</summary>
internal sealed class ActiveDirectoryClient(MicrosoftApiClient client)
{
    private const string DirectoryRead = "Directory.Read.All";

    public IAsyncEnumerable<ApiObject<Organization>> ListOrganizationsAsync(CancellationToken cancellationToken) =>
        client.ListObjectsAsync(new ListRequest(MicrosoftApi.Graph, "/organization", "Organization.Read.All or User.Read")
            { PageSize = ListRequest.NoTop }, AzureDirectoryJsonContext.Default.Organization, cancellationToken);

    public IAsyncEnumerable<ApiObject<DirectoryUser>> ListUsersAsync(CancellationToken cancellationToken) =>
        client.ListObjectsAsync(new ListRequest(MicrosoftApi.Graph, "/users", DirectoryRead)
        {
            Select = ["id", "displayName", "givenName", "surname", "mail", "userPrincipalName", "jobTitle", "mobilePhone",
                "officeLocation", "preferredLanguage", "businessPhones", "accountEnabled", "userType"],
        }, AzureDirectoryJsonContext.Default.DirectoryUser, cancellationToken);

    public IAsyncEnumerable<ApiObject<DirectoryGroup>> ListGroupsAsync(CancellationToken cancellationToken) =>
        client.ListObjectsAsync(new ListRequest(MicrosoftApi.Graph, "/groups", DirectoryRead),
            AzureDirectoryJsonContext.Default.DirectoryGroup, cancellationToken);

    /// <summary>The members of many groups at once, through <c>$batch</c>.</summary>
    public IAsyncEnumerable<KeyedPage<DirectoryObject>> ListGroupMembersAsync(IEnumerable<string> groupIds, CancellationToken cancellationToken) =>
        client.ListEachAsync(groupIds.Select(id => new KeyedListRequest(id,
                new ListRequest(MicrosoftApi.Graph, $"/groups/{id}/members", DirectoryRead)
                {
                    NotFoundIsEmpty = true,
                })),
            AzureDirectoryJsonContext.Default.DirectoryObject, cancellationToken);

    public IAsyncEnumerable<ApiObject<ServicePrincipal>> ListServicePrincipalsAsync(CancellationToken cancellationToken) =>
        client.ListObjectsAsync(new ListRequest(MicrosoftApi.Graph, "/servicePrincipals", DirectoryRead),
            AzureDirectoryJsonContext.Default.ServicePrincipal, cancellationToken);
}
