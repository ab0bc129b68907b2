namespace TenantGraph.Emulator;

/// <summary>The services the emulator stands in for; counters are kept per service.</summary>
public enum EmulatorApi
{
    Login,
    Graph,
    Defender,
    Arm,
}
