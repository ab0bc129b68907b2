namespace TenantGraph.Store.Tests.Support;

/// <summary>Waits in tests end by a token rather than a sleep; a hung store fails the test instead of the run.</summary>
internal static class Timeouts
{
    public static CancellationToken Token() => new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;
}
