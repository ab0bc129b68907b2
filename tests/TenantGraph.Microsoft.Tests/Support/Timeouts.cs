namespace TenantGraph.Microsoft.Tests.Support;

/// <summary>A wall-clock guard so a hung test fails instead of stalling the suite.</summary>
internal static class Timeouts
{
    public static CancellationToken Token() => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;
}
