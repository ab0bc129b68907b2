namespace TenantGraph.Store;

/// <summary>Stable log event ids of the store (4xxx range, STYLE §6).</summary>
internal static class EventIds
{
    public const int StoreOpened = 4001;
    public const int SchemaMigrated = 4002;
    public const int RunStarted = 4010;
    public const int RunCompleted = 4011;
    public const int RunFailed = 4012;
    public const int InterruptedRunFailed = 4013;
    public const int RunLoadPath = 4014;
    public const int BulkLoad = 4015;
    public const int RunsPruned = 4020;
}
