namespace TenantGraph.Emulator.Serving;

internal enum PageTokenStatus
{
    Valid,
    Invalid,
    Expired,
}
