using TenantGraph.Core.DataModel;
using TenantGraph.Integrations.Microsoft365;
using TenantGraph.Integrations.Microsoft365.ActiveDirectory;
using TenantGraph.Integrations.Microsoft365.Legacy;

namespace TenantGraph.Integrations.Tests.Microsoft365;

public sealed class DirectoryConverterTests
{
    private static readonly DirectoryModel Model = ActiveDirectoryTypes.Model;

    [Fact]
    public void User_without_given_name_takes_first_and_last_name_from_display_name()
    {
        var user = UserConverter.ToEntity(Model, Json.Object(
            """{"id":"001d35fc-dd2b-4d17-9ffc-3bafa265e7d9","displayName":"Michael Knoedel","givenName":null,"surname":null,"userPrincipalName":"mk@example.com","mail":"mk@example.com","accountEnabled":true}""",
            ActiveDirectoryJsonContext.Default.User));

        Assert.Equal("Michael", user.Properties["firstName"]);
        Assert.Equal("Knoedel", user.Properties["lastName"]);
        Assert.Equal(true, user.Properties["active"]);
        Assert.Null(user.RawData);
        Assert.Empty(EntityValidator.Validate(user));
    }

    [Fact]
    public void Sign_in_activity_is_spread_onto_the_user()
    {
        var user = UserConverter.ToEntity(Model, Json.Object(
            """{"id":"001d35fc-dd2b-4d17-9ffc-3bafa265e7d9","displayName":"A B","signInActivity":{"lastSignInDateTime":"2024-01-02T03:04:05Z"}}""",
            ActiveDirectoryJsonContext.Default.User));

        Assert.Equal("2024-01-02T03:04:05Z", user.Properties["lastSignInDateTime"]);
    }

    [Fact]
    public void Group_email_is_set_only_when_mail_is_enabled()
    {
        var group = GroupConverter.ToEntity(Model, Json.Object(
            """{"id":"58e48aba-cd45-440f-a851-2bf9715fadc1","displayName":"G","mail":"g@example.com","mailEnabled":false,"createdDateTime":"2019-04-23T18:06:05Z","renewedDateTime":"2019-04-23T18:06:05Z"}""",
            ActiveDirectoryJsonContext.Default.Group));

        Assert.False(group.Properties.Contains("email"));
        Assert.Equal(1556042765000L, group.Properties["createdOn"]);
        Assert.Equal(1556042765000L, group.Properties["renewedOn"]);
    }

    [Theory]
    [InlineData("#microsoft.graph.user", "azure_group_has_user")]
    [InlineData("#microsoft.graph.group", "azure_group_has_group")]
    [InlineData("#microsoft.graph.device", "azure_group_has_member")]
    public void Group_membership_type_follows_the_member_kind(string odataType, string expected)
    {
        var relationship = GroupMemberConverter.ToRelationship(Model, "group-0000-1", new DirectoryObject("member-0000-1", odataType, "M", null, null, null));

        Assert.Equal(expected, relationship.Type);
        Assert.Equal("group-0000-1|has|member-0000-1", relationship.Key);
        Assert.False(relationship.IsMapped);
    }

    [Fact]
    public void Other_members_become_valid_group_member_entities()
    {
        var member = GroupMemberConverter.ToEntity(Model, new DirectoryObject("member-0000-1", "#microsoft.graph.device", "Laptop", null, null, null));

        Assert.Equal("azure_group_member", member.Type);
        Assert.Empty(EntityValidator.Validate(member));
    }

    [Fact]
    public void Account_is_keyed_by_instance_and_named_after_it()
    {
        var account = AccountConverter.ToEntity(Model, Json.Object(
            """{"id":"a76fc728-0cba-45f0-a9eb-d45207e14513","displayName":"Default Directory","verifiedDomains":[{"name":"x.onmicrosoft.com","isDefault":true}]}""",
            ActiveDirectoryJsonContext.Default.Organization), new TenantFacts("Local Integration", "the-instance-id"));

        Assert.Equal("microsoft_365_account-the-instance-id", account.Key);
        Assert.Equal("Local Integration", account.DisplayName);
        Assert.Equal("x.onmicrosoft.com", account.Properties["defaultDomain"]);
        Assert.Empty(EntityValidator.Validate(account));
    }

    [Fact]
    public void Legacy_profile_builds_active_directory_types_from_the_same_user()
    {
        var user = UserConverter.ToEntity(LegacyTypes.Model, Json.Object("""{"id":"001d35fc-dd2b-4d17-9ffc-3bafa265e7d9","displayName":"A B"}""",
            ActiveDirectoryJsonContext.Default.User));

        Assert.Equal("active_directory_user", user.Type);
    }

    [Fact]
    public void Unknown_severity_in_the_filter_is_a_configuration_error()
    {
        var settings = new Integrations.IntegrationSettings(new Dictionary<string, System.Text.Json.JsonElement>
        {
            ["vulnerabilitySeverities"] = System.Text.Json.JsonSerializer.SerializeToElement("high,severe"),
        });

        var error = Assert.Throws<Core.Errors.ConfigurationException>(() => Microsoft365Options.From(settings));
        Assert.Contains("Severity - severe - is not valid", error.Message, StringComparison.Ordinal);
    }
}
