namespace TenantGraph.Cli.Tests;

public sealed class HelpTests
{
    public static TheoryData<string> Commands() => new(
        TenantGraphCli.Create(new CliContext(TextWriter.Null, TextWriter.Null, new Dictionary<string, string?>(), TimeProvider.System))
            .Subcommands.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_explains_itself_with_an_example(string command)
    {
        var run = await CliRun.RunAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Output, StringComparison.Ordinal);
        Assert.Contains($"tenantgraph {command}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("colect");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("colect", run.Error, StringComparison.Ordinal);
    }
}
