using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>
/// Service principals (v1.0 shape): one for each app registered in the tenant, owned by the tenant, and the
/// Microsoft first-party ones every tenant holds, owned by Microsoft's services tenant.
/// </summary>
internal static class ServicePrincipalGenerator
{
    /// <summary>The tenant that owns Microsoft's first-party applications.</summary>
    public const string MicrosoftServicesTenantId = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";

    private static readonly (string AppId, string DisplayName)[] FirstParty =
    [
        ("00000003-0000-0000-c000-000000000000", "Microsoft Graph"),
        ("00000002-0000-0ff1-ce00-000000000000", "Office 365 Exchange Online"),
        ("0000000a-0000-0000-c000-000000000000", "Microsoft Intune"),
        ("fc780465-2017-40d4-a0c5-307022471b92", "WindowsDefenderATP"),
        ("797f4846-ba00-4fd7-ba43-dac1f8f63013", "Windows Azure Service Management API"),
    ];

    public static void Generate(GeneratorContext context)
    {
        var data = context.Data;
        data.EnsureCollection("graph/v1.0/servicePrincipals");
        foreach (var app in data.Info.Apps)
        {
            data.Add("graph/v1.0/servicePrincipals", ServicePrincipal(app.ObjectId, app.ClientId, app.DisplayName, context.Options.TenantId,
                "Application", app.Enabled, [$"api://{app.ClientId}"], context.DaysAgo(400, 30)));
        }

        foreach (var (appId, displayName) in FirstParty)
        {
            data.Add("graph/v1.0/servicePrincipals", ServicePrincipal(context.NewGuid(), appId, displayName, MicrosoftServicesTenantId,
                "Application", enabled: true, [appId], context.DaysAgo(1500, 400)));
        }
    }

    private static JsonObject ServicePrincipal(string id, string appId, string displayName, string ownerTenantId, string type, bool enabled,
        string[] names, string created) => new()
    {
        ["id"] = id, ["deletedDateTime"] = null, ["accountEnabled"] = enabled, ["alternativeNames"] = new JsonArray(),
        ["appDisplayName"] = displayName, ["appDescription"] = null, ["appId"] = appId, ["applicationTemplateId"] = null,
        ["appOwnerOrganizationId"] = ownerTenantId, ["appRoleAssignmentRequired"] = false, ["createdDateTime"] = created,
        ["description"] = null, ["disabledByMicrosoftStatus"] = null, ["displayName"] = displayName, ["homepage"] = null,
        ["loginUrl"] = null, ["logoutUrl"] = null, ["notes"] = null, ["notificationEmailAddresses"] = new JsonArray(),
        ["preferredSingleSignOnMode"] = null, ["preferredTokenSigningKeyThumbprint"] = null, ["replyUrls"] = new JsonArray(),
        ["servicePrincipalNames"] = new JsonArray([.. names.Select(n => (JsonNode?)JsonValue.Create(n))]),
        ["servicePrincipalType"] = type, ["signInAudience"] = ownerTenantId == MicrosoftServicesTenantId ? "AzureADMultipleOrganizations" : "AzureADMyOrg",
        ["tags"] = new JsonArray(), ["tokenEncryptionKeyId"] = null, ["verifiedPublisher"] = new JsonObject(),
        ["addIns"] = new JsonArray(), ["appRoles"] = new JsonArray(), ["info"] = null, ["keyCredentials"] = new JsonArray(),
        ["oauth2PermissionScopes"] = new JsonArray(), ["passwordCredentials"] = new JsonArray(),
    };
}
