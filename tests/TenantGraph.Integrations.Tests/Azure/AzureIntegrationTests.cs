using TenantGraph.Core.Errors;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Tests.Azure.Support;

namespace TenantGraph.Integrations.Tests.Azure;

/// <summary>Settings, start states and the shape of the step graph.</summary>
public sealed class AzureIntegrationTests
{
    private static readonly IntegrationDefinition Definition = new AzureIntegration().Definition;

    [Fact]
    public void Integration_is_registered_as_azure_with_case_insensitive_keys()
    {
        var integration = IntegrationCatalog.Find("azure");

        Assert.IsType<AzureIntegration>(integration);
        Assert.True(integration.Definition.CaseInsensitiveKeys);
    }

    [Fact]
    public void Without_a_subscription_only_the_directory_steps_run()
    {
        var states = AzureIntegration.StartStates(AzureOptions.From(AzureTenant.Settings(ingestActiveDirectory: true)));

        Assert.All(states.Where(s => s.Key.StartsWith("ad-", StringComparison.Ordinal)), s => Assert.False(s.Value.Disabled));
        Assert.All(states.Where(s => !s.Key.StartsWith("ad-", StringComparison.Ordinal)), s => Assert.True(s.Value.Disabled));
    }

    [Fact]
    public void Without_ingestActiveDirectory_only_the_account_of_the_directory_is_read()
    {
        var states = AzureIntegration.StartStates(AzureOptions.From(AzureTenant.Settings(Contoso.Subscription)));

        Assert.False(states["ad-account"].Disabled);
        Assert.All(["ad-users", "ad-groups", "ad-group-members", "ad-service-principals"], id => Assert.True(states[id].Disabled));
        Assert.All(states.Where(s => !s.Key.StartsWith("ad-", StringComparison.Ordinal)), s => Assert.False(s.Value.Disabled));
    }

    [Fact]
    public void Every_step_has_a_start_state()
    {
        var states = AzureIntegration.StartStates(AzureOptions.From(IntegrationSettings.Empty));

        Assert.Equal(Definition.Steps.Select(s => s.Id).Order(StringComparer.Ordinal), states.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Subscription_id_that_is_not_a_guid_is_a_configuration_error_naming_the_setting()
    {
        var error = Assert.Throws<ConfigurationException>(() => AzureOptions.From(AzureTenant.Settings("my-subscription")));

        Assert.Contains("subscriptionId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_resource_manager_step_depends_on_a_directory_step_that_can_be_turned_off()
    {
        var graph = new DependencyGraph(Definition.Steps);
        string[] optional = ["ad-users", "ad-groups", "ad-group-members", "ad-service-principals"];

        var offenders = Definition.Steps.Where(s => !s.Id.StartsWith("ad-", StringComparison.Ordinal))
            .Where(s => graph.AncestorsOf(s.Id).Intersect(optional).Any()).Select(s => s.Id).ToArray();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Step_id_constants_are_the_ids_in_pascal_case()
    {
        var constants = typeof(AzureIntegration).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("TenantGraph.Integrations.Azure", StringComparison.Ordinal) == true && t.Name.EndsWith("Steps", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name); // literal string fields always have a value

        var wrong = Definition.Steps.Where(s => !constants.TryGetValue(s.Id, out var name)
            || name != string.Concat(s.Id.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]))).Select(s => s.Id).ToArray();

        Assert.Empty(wrong);
    }
}
