using System.Text.Json;
using System.Text.Json.Nodes;
using TenantGraph.Emulator.Data;

namespace TenantGraph.Integrations.Tests.Azure.Support;

/// <summary>
/// Builds emulator tenants for the Azure tests: an app with directory and Reader-style grants, the organization,
/// and ARM collections added by path relative to a subscription. <c>{S}</c> in JSON stands for the subscription id.
/// </summary>
internal sealed class AzureTenant
{
    public const string TenantId = "6c1e4a1b-3d2f-4e5a-9b8c-7d6e5f4a3b2c";

    public AzureTenant(params string[] grantedPermissions)
    {
        Data = new TenantData(new TenantInfo
        {
            TenantId = TenantId,
            DisplayName = "Contoso",
            Apps =
            [
                new AppRegistration
                {
                    ClientId = "azure-test-client",
                    ClientSecret = "emulator-secret",
                    GrantedPermissions = grantedPermissions.Length > 0
                        ? grantedPermissions
                        : ["Directory.Read.All", "Organization.Read.All", "User.Read.All", "Group.Read.All", "GroupMember.Read.All",
                            "Application.Read.All", "*/read"],
                },
            ],
        });
        Graph("organization", """
            {"id":"6c1e4a1b-3d2f-4e5a-9b8c-7d6e5f4a3b2c","displayName":"Contoso Ltd",
             "verifiedDomains":[{"name":"contoso.onmicrosoft.com","isDefault":false},{"name":"contoso.com","isDefault":true}]}
            """);
    }

    public TenantData Data { get; }

    public static IntegrationSettings Settings(string? subscriptionId = null, bool ingestActiveDirectory = false, params string[] subscriptions)
    {
        var values = new Dictionary<string, JsonElement>();
        if (subscriptionId is not null)
        {
            values["subscriptionId"] = JsonSerializer.SerializeToElement(subscriptionId);
        }

        if (subscriptions.Length > 0)
        {
            values["subscriptions"] = JsonSerializer.SerializeToElement(subscriptions);
        }

        values["ingestActiveDirectory"] = JsonSerializer.SerializeToElement(ingestActiveDirectory);
        return new IntegrationSettings(values);
    }

    public AzureTenant Graph(string path, string json)
    {
        Data.Add($"graph/v1.0/{path}", JsonNode.Parse(json)!.AsObject());
        return this;
    }

    public AzureTenant Subscription(string subscriptionId, string displayName)
    {
        string Fill(string json) => json.Replace("@subscriptionId@", subscriptionId, StringComparison.Ordinal)
            .Replace("@displayName@", displayName, StringComparison.Ordinal);
        Data.Add("arm/subscriptions", JsonNode.Parse(Fill("""
            {"id":"/subscriptions/@subscriptionId@","subscriptionId":"@subscriptionId@","displayName":"@displayName@",
             "state":"Enabled","authorizationSource":"RoleBased","subscriptionPolicies":{"quotaId":"PayAsYouGo_2014-09-01"},
             "tags":{"costCenter":"42"}}
            """))!.AsObject());
        return this;
    }

    /// <summary>Adds an object to <c>/subscriptions/{S}/{path}</c>.</summary>
    public AzureTenant Arm(string subscriptionId, string path, string json)
    {
        Data.Add($"arm/subscriptions/{subscriptionId}/{path}", JsonNode.Parse(json.Replace("{S}", subscriptionId, StringComparison.Ordinal))!.AsObject());
        return this;
    }

    /// <summary>Adds an object to a path given from the root, e.g. a resource's child listing.</summary>
    public AzureTenant ArmAt(string path, string json, string subscriptionId)
    {
        Data.Add($"arm/{path.Replace("{S}", subscriptionId, StringComparison.Ordinal).TrimStart('/')}",
            JsonNode.Parse(json.Replace("{S}", subscriptionId, StringComparison.Ordinal))!.AsObject());
        return this;
    }

    public AzureTenant ResourceGroup(string subscriptionId, string name) => Arm(subscriptionId, "resourcegroups", FillName(name, """
        {"id":"/subscriptions/{S}/resourceGroups/@name@","name":"@name@","type":"Microsoft.Resources/resourceGroups","location":"eastus",
         "properties":{"provisioningState":"Succeeded"},"tags":{"environment":"Prod"}}
        """));

    private static string FillName(string name, string json) => json.Replace("@name@", name, StringComparison.Ordinal);
}
