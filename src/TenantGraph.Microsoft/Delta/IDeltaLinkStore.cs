namespace TenantGraph.Microsoft.Delta;

/// <summary>Where deltaLinks live between runs, per configured instance and resource (<c>users</c>, <c>groups</c>).</summary>
public interface IDeltaLinkStore
{
    Task<string?> GetAsync(string instance, string resource, CancellationToken cancellationToken);

    Task SetAsync(string instance, string resource, string deltaLink, CancellationToken cancellationToken);
}
