namespace TenantGraph.Microsoft;

/// <summary>The APIs the client talks to. Each has its own base URL, token audience, paging style and budgets.</summary>
public enum MicrosoftApi
{
    /// <summary>Microsoft Graph v1.0.</summary>
    Graph,

    /// <summary>Microsoft Graph beta (same host, token and budgets as v1.0).</summary>
    GraphBeta,

    ResourceManager,

    Defender,
}
