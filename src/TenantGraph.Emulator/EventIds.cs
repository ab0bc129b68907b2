namespace TenantGraph.Emulator;

/// <summary>Stable log event ids of the emulator (6xxx range, STYLE §6).</summary>
internal static class EventIds
{
    public const int Started = 6001;
    public const int Stopped = 6002;
    public const int TokenIssued = 6010;
    public const int TokenRefused = 6011;
    public const int RequestServed = 6020;
    public const int FaultInjected = 6030;
    public const int Throttled = 6031;
    public const int TenantMutated = 6040;
}
