using TenantGraph.Core.Errors;

namespace TenantGraph.Microsoft.Tests;

public sealed class CloudEndpointsTests
{
    [Theory]
    [InlineData("public", "https://graph.microsoft.com/.default", "https://securitycenter.onmicrosoft.com/windowsatpservice/.default")]
    [InlineData("usgov", "https://graph.microsoft.us/.default", "https://api-gov.securitycenter.microsoft.us/.default")]
    public void Presets_carry_their_own_token_scopes(string name, string graphScope, string defenderScope)
    {
        var cloud = CloudEndpoints.FromPreset(name, "cloud", "file");

        Assert.Equal(graphScope, cloud.ScopeFor(MicrosoftApi.Graph));
        Assert.Equal(defenderScope, cloud.ScopeFor(MicrosoftApi.Defender));
    }

    [Fact]
    public void China_preset_refuses_the_Defender_API_by_name()
    {
        var error = Assert.Throws<ConfigurationException>(() => CloudEndpoints.China.BaseFor(MicrosoftApi.Defender));

        Assert.Contains("cloud.defender", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_preset_names_the_key_and_the_accepted_values()
    {
        var error = Assert.Throws<ConfigurationException>(() => CloudEndpoints.FromPreset("mars", "instances[0].cloud", "tenantgraph.json"));

        Assert.Contains("tenantgraph.json: instances[0].cloud", error.Message, StringComparison.Ordinal);
        Assert.Contains("public, usgov, china", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/graph")]
    [InlineData("http://127.8.9.1/graph")]
    [InlineData("http://localhost:8080/")]
    [InlineData("http://[::1]:8080/")]
    public void Plain_http_is_accepted_for_loopback_hosts(string url)
    {
        var cloud = CloudEndpoints.Custom("cloud", "file", graph: url);

        Assert.Equal("http", cloud.Graph.Scheme);
        Assert.EndsWith("/", cloud.Graph.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://graph.contoso.com/")]
    [InlineData("http://10.0.0.5/")]
    public void Plain_http_to_any_other_host_names_the_key(string url)
    {
        var error = Assert.Throws<ConfigurationException>(() => CloudEndpoints.Custom("instances[1].cloud", "file", graph: url));

        Assert.Equal("instances[1].cloud.graph", Assert.Single(error.Problems).Key);
    }

    [Fact]
    public void Custom_set_keeps_the_public_URLs_it_does_not_override()
    {
        var cloud = CloudEndpoints.Custom("cloud", "file", login: "https://login.contoso.test/");

        Assert.Equal(CloudEndpoints.Public.ResourceManager, cloud.ResourceManager);
        Assert.True(cloud.IsCustomAuthority);
        Assert.False(CloudEndpoints.Public.IsCustomAuthority);
    }
}
