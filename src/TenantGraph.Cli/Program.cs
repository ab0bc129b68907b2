using TenantGraph.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops cleanly: running steps are cancelled and what finished is kept.
    e.Cancel = true;
    cancellation.Cancel();
};
return await TenantGraphCli.RunAsync(args, CliContext.FromProcess(), cancellation.Token);
