namespace TenantGraph.Cli.Tests;

/// <summary>Runs the <c>tenantgraph</c> command in-process with captured output, in a working directory of its own.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, environment ?? new Dictionary<string, string?>(), TimeProvider.System);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var code = await TenantGraphCli.RunAsync(args, context, timeout.Token);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(null, args);
}
