namespace TenantGraph.Cli.Tests;

public sealed class ValidateConfigTests
{
    [Fact]
    public async Task Every_problem_is_reported_at_once_with_where_it_is()
    {
        using var dir = new TempDirectory();
        var config = dir.File("tenantgraph.json", """
            {
              "store": "tenantgraph.db",
              "colour": "blue",
              "instances": [
                { "name": "a", "integration": "microsoft-365", "clientId": "c", "clientSecret": "s" },
                { "name": "b", "integration": "no-such-thing", "tenantId": "t", "clientId": "c", "clientSecret": "env:MISSING_SECRET",
                  "cloud": { "graph": "http://graph.example.com/" } },
                { "name": "a", "integration": "microsoft-365", "tenantId": "t", "clientId": "c", "clientSecret": "s", "pollingInterval": "SOMETIMES" }
              ]
            }
            """);

        var run = await CliRun.RunAsync("validate-config", "--config", config);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{config}: colour: is not a configuration key", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{config}: instances[0].tenantId: is required", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{config}: instances[1].integration: 'no-such-thing' is not an integration", run.Error, StringComparison.Ordinal);
        Assert.Contains("instances[1].clientSecret: names the environment variable MISSING_SECRET, which is not set", run.Error, StringComparison.Ordinal);
        Assert.Contains("instances[1].cloud.graph", run.Error, StringComparison.Ordinal);
        Assert.Contains("instances[2].pollingInterval: 'SOMETIMES' is not one of", run.Error, StringComparison.Ordinal);
        Assert.Contains("the name 'a' is used by 2 instances", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_names_the_file_and_the_line()
    {
        using var dir = new TempDirectory();
        var config = dir.File("tenantgraph.json", "{\n  \"store\": \"x.db\",\n  \"instances\": [ { \"name\": }\n}");

        var run = await CliRun.RunAsync("validate-config", "--config", config);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{config}: (file): is not valid JSON", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 3", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_config_file_is_a_configuration_error()
    {
        var run = await CliRun.RunAsync("validate-config", "--config", "/nonexistent/tenantgraph.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Azure_identity_variables_make_an_instance_without_a_file()
    {
        var environment = new Dictionary<string, string?>
        {
            ["AZURE_TENANT_ID"] = "contoso.onmicrosoft.com",
            ["AZURE_CLIENT_ID"] = "11111111-2222-3333-4444-555555555555",
            ["AZURE_CLIENT_SECRET"] = "s3cr3t-value-never-printed",
        };

        var run = await CliRun.RunAsync(environment, "validate-config");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("tenant contoso.onmicrosoft.com, client secret", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value-never-printed", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secret_from_the_environment_overrides_the_file_for_a_single_instance()
    {
        using var dir = new TempDirectory();
        var config = dir.File("tenantgraph.json", """
            { "instances": [ { "name": "only", "integration": "microsoft-365", "tenantId": "file-tenant", "clientId": "c" } ] }
            """);
        var environment = new Dictionary<string, string?> { ["AZURE_CLIENT_SECRET"] = "from-environment", ["AZURE_TENANT_ID"] = "env-tenant" };

        var run = await CliRun.RunAsync(environment, "validate-config", "--config", config);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("only: microsoft-365, tenant env-tenant, client secret", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Selecting_an_unknown_instance_lists_the_configured_ones()
    {
        using var dir = new TempDirectory();
        var config = dir.File("tenantgraph.json", """
            { "instances": [ { "name": "alpha", "integration": "microsoft-365", "tenantId": "t", "clientId": "c", "clientSecret": "s" } ] }
            """);

        var run = await CliRun.RunAsync("validate-config", "--config", config, "--instance", "beta");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("flag: --instance: no instance is named 'beta' (configured: alpha)", run.Error, StringComparison.Ordinal);
    }
}
