namespace TenantGraph.Microsoft.Logging;

/// <summary>Stable event ids of TenantGraph.Microsoft (2xxx). Tests assert on these, not on message text.</summary>
internal static class EventIds
{
    public const int RequestCompleted = 2001;
    public const int RequestRetrying = 2002;
    public const int Paced = 2003;
    public const int PageTokenExpired = 2010;
    public const int DeltaLinkExpired = 2011;
    public const int BatchItemRetrying = 2020;
    public const int AuthenticationFailed = 2030;
}
