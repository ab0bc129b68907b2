using TenantGraph.Core.Graph;
using TenantGraph.Microsoft;

namespace TenantGraph.Integrations.Defender.Users;

/// <summary>Microsoft Graph calls of the users step.</summary>
internal sealed class UsersClient(MicrosoftApiClient client)
{
    /// <summary>
    /// The reference's field list, sent as a real <c>$select</c> (spec §B9.1.1: it was sent as a bare query string,
    /// so Graph answered with its default properties and <c>userType</c>/<c>accountEnabled</c> never arrived).
    /// </summary>
    public static readonly IReadOnlyList<string> Select =
    [
        "businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation",
        "preferredLanguage", "surname", "userPrincipalName", "id", "userType", "accountEnabled",
    ];

    /// <summary><c>GET /users?$select=…</c>, every page.</summary>
    public IAsyncEnumerable<ApiObject<User>> ListUsersAsync(CancellationToken cancellationToken) =>
        client.ListObjectsAsync(
            new ListRequest(MicrosoftApi.Graph, "/users", DefenderPermissions.DirectoryReadAll) { Select = Select },
            UsersJsonContext.Default.User, cancellationToken);
}
