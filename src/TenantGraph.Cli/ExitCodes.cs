namespace TenantGraph.Cli;

/// <summary>The process exit codes (DESIGN "Command line").</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The run finished but some steps failed or lacked permissions: the data is partial.</summary>
    public const int Partial = 1;

    public const int UsageOrConfiguration = 2;

    /// <summary>Nothing could be collected: authentication failed or the endpoint was unreachable.</summary>
    public const int NothingCollected = 3;
}
