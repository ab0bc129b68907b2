using System.Diagnostics;

namespace TenantGraph.Cli.Tests;

/// <summary>
/// Runs the built <c>tenantgraph</c> in a process of its own, in a working directory of the test's: for a collector
/// to be killed, or for files the command keeps in its working directory.
/// </summary>
internal static class CliProcess
{
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "tenantgraph.dll") }.Concat(args))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start tenantgraph");
    }

    public static async Task<CliRun> RunAsync(string workingDirectory, params string[] args)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var process = Start(workingDirectory, args);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }
}
