namespace TenantGraph.Integrations.Tests.Harness;

/// <summary>A bound on any awaited work in a test, so a hang fails instead of stalling the suite.</summary>
internal static class Timeouts
{
    public static CancellationToken Token(int seconds = 60) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;
}
