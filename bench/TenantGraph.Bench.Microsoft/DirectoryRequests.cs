using System.Text.Json;
using TenantGraph.Microsoft;

namespace TenantGraph.Bench.Microsoft;

/// <summary>
/// The directory listings of the microsoft-365 integration (Integrations/Microsoft365/ActiveDirectory/
/// ActiveDirectoryClient.cs): same paths, <c>$select</c> and page size, so they cost what the integration's cost.
/// </summary>
internal static class DirectoryRequests
{
    public static readonly string[] UserFields =
    [
        "id", "displayName", "givenName", "surname", "userPrincipalName", "mail", "jobTitle", "mobilePhone", "officeLocation",
        "preferredLanguage", "userType", "accountEnabled", "usageLocation",
    ];

    public static readonly string[] GroupFields =
    [
        "id", "displayName", "description", "classification", "createdDateTime", "deletedDateTime", "renewedDateTime",
        "mail", "mailEnabled", "mailNickname", "securityEnabled",
    ];

    private static readonly string[] MemberFields = ["id", "displayName", "jobTitle", "mail", "userPrincipalName"];

    public static ListRequest Users { get; } = new(MicrosoftApi.Graph, "/users", "Directory.Read.All") { Select = UserFields };

    public static ListRequest Groups { get; } = new(MicrosoftApi.Graph, "/groups", "Directory.Read.All") { Select = GroupFields };

    public static ListRequest Members(string groupId) =>
        new(MicrosoftApi.Graph, $"/groups/{Uri.EscapeDataString(groupId)}/members", "Directory.Read.All") { Select = MemberFields };

    public static async Task<long> CountAsync(IAsyncEnumerable<JsonElement> items)
    {
        long count = 0;
        await foreach (var _ in items)
        {
            count++;
        }

        return count;
    }
}
