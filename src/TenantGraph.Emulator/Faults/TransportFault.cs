namespace TenantGraph.Emulator.Faults;

/// <summary>A failure of the HTTP exchange itself rather than of the service.</summary>
internal enum TransportFault
{
    None,
    ConnectionReset,
    MalformedBody,
    SlowBody,
}
