using TenantGraph.Integrations.Defender.Account;
using TenantGraph.Integrations.Defender.LogonUsers;
using TenantGraph.Integrations.Defender.Users;

namespace TenantGraph.Integrations.Tests.Defender;

public sealed class UserConverterTests
{
    private const string Myles = """
        {
          "businessPhones": [], "displayName": "Myles McConkey", "givenName": null, "jobTitle": null,
          "mail": "myles.mcconkey@example.com", "mobilePhone": null, "officeLocation": null, "preferredLanguage": null,
          "surname": null, "userPrincipalName": "myles.mcconkey_example.com#EXT#@contoso.onmicrosoft.com",
          "id": "02e7e79a-bb30-4f28-ad78-1888f5cb4aa1", "userType": "Guest", "accountEnabled": true
        }
        """;

    [Fact]
    public void User_is_a_valid_user_keyed_by_its_id()
    {
        var entity = UserConverter.ToEntity(DefenderJson.Parse(Myles, UsersJsonContext.Default.User));

        DefenderJson.AssertValid(entity);
        Assert.Equal("microsoft_defender_user:02e7e79a-bb30-4f28-ad78-1888f5cb4aa1", entity.Key);
    }

    [Fact]
    public void User_keeps_the_reference_fields_with_their_nulls()
    {
        var p = UserConverter.ToEntity(DefenderJson.Parse(Myles, UsersJsonContext.Default.User)).Properties;

        Assert.Equal("Myles McConkey", p["name"]);
        Assert.Equal("myles.mcconkey@example.com", p["mail"]);
        Assert.Equal("myles.mcconkey_example.com#EXT#@contoso.onmicrosoft.com", p["userPrincipalName"]);
        Assert.Equal(Array.Empty<string>(), p["businessPhones"]);
        Assert.All(new[] { "givenName", "jobTitle", "mobilePhone", "officeLocation", "preferredLanguage", "surname" },
            name => Assert.True(p.Contains(name) && p[name] is null, name));
    }

    [Fact]
    public void User_login_fields_are_lists_as_the_data_model_holds_them()
    {
        var p = UserConverter.ToEntity(DefenderJson.Parse(Myles, UsersJsonContext.Default.User)).Properties;

        Assert.Equal(new[] { "myles.mcconkey_example.com#EXT#@contoso.onmicrosoft.com" }, p["username"]);
        Assert.Equal(new[] { "myles.mcconkey@example.com" }, p["email"]);
        Assert.Equal(new[] { "myles.mcconkey_example.com#EXT#" }, p["shortLoginId"]);
    }

    /// <summary>Spec §B9.1.1: with a real $select, accountEnabled arrives and decides active.</summary>
    [Fact]
    public void Disabled_account_is_an_inactive_user()
    {
        var entity = UserConverter.ToEntity(DefenderJson.Parse("""{"id":"u-000000001","displayName":"Off","accountEnabled":false}""", UsersJsonContext.Default.User));

        Assert.Equal(false, entity.Properties["active"]);
        Assert.Equal(false, entity.Properties["accountEnabled"]);
    }

    [Fact]
    public void User_whose_account_state_is_unknown_is_active_as_in_the_reference()
    {
        var entity = UserConverter.ToEntity(DefenderJson.Parse("""{"id":"u-000000001","displayName":"Someone"}""", UsersJsonContext.Default.User));

        DefenderJson.AssertValid(entity);
        Assert.Equal(true, entity.Properties["active"]);
    }

    [Fact]
    public void Logon_user_is_a_valid_user_named_after_its_account()
    {
        var entity = LogonUserConverter.ToEntity(DefenderJson.Parse("""
            {
              "id": "contoso\\administrator1", "accountName": "administrator1", "accountDomain": "contoso",
              "accountSid": "S-1-5-21-1", "firstSeen": "2019-12-18T08:02:54Z", "lastSeen": "2020-01-06T08:01:48Z",
              "mostPrevalentMachineId": null, "leastPrevalentMachineId": null, "logonTypes": "Network, RemoteInteractive",
              "logOnMachinesCount": 1, "isDomainAdmin": true, "isOnlyNetworkUser": false
            }
            """, LogonUsersJsonContext.Default.LogonUser));

        DefenderJson.AssertValid(entity);
        Assert.Equal("microsoft_defender_logon_user:contoso\\administrator1", entity.Key);
        Assert.Equal("administrator1", entity.DisplayName);
        Assert.Equal(new[] { "administrator1" }, entity.Properties["username"]);
        Assert.Equal("contoso", entity.Properties["domain"]);
        Assert.Equal("Network, RemoteInteractive", entity.Properties["logonTypes"]);
        Assert.Equal(1576656174000L, entity.Properties["firstSeenOn"]);
        Assert.Equal(true, entity.Properties["isAdmin"]);
        Assert.Equal(true, entity.Properties["active"]);
    }

    [Fact]
    public void Account_is_named_after_the_instance_with_the_organization_fields()
    {
        var organization = DefenderJson.Parse("""
            {"id":"19ae0f99-6fc6-444b-bd54-97504efc66ad","displayName":"JupiterOne Azure Integration Development",
             "createdDateTime":"2021-09-01T14:59:04Z",
             "verifiedDomains":[{"name":"other.example.com","isDefault":false},{"name":"j1AzureIntegrationDev.onmicrosoft.com","isDefault":true}]}
            """, AccountJsonContext.Default.Organization);

        var entity = AccountConverter.ToEntity(organization, "local-integration-instance");

        DefenderJson.AssertValid(entity);
        Assert.Equal("microsoft_defender_account:local-integration-instance", entity.Key);
        Assert.Equal("local-integration-instance", entity.DisplayName);
        Assert.Equal("JupiterOne Azure Integration Development", entity.Properties["name"]);
        Assert.Equal("JupiterOne Azure Integration Development", entity.Properties["organizationName"]);
        Assert.Equal("j1AzureIntegrationDev.onmicrosoft.com", entity.Properties["defaultDomain"]);
        Assert.Equal(new[] { "other.example.com", "j1AzureIntegrationDev.onmicrosoft.com" }, entity.Properties["verifiedDomains"]);
        Assert.Equal("Microsoft Defender", entity.Properties["vendor"]);
    }
}
