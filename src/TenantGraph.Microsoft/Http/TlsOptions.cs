namespace TenantGraph.Microsoft.Http;

/// <summary>The <c>tls</c> section: extra CA certificates (PEM) to trust besides the system store.</summary>
public sealed record TlsOptions(string? CaFile = null);
