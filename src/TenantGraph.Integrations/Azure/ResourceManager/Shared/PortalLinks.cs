namespace TenantGraph.Integrations.Azure.ResourceManager.Shared;

/// <summary>
/// <c>webLink</c> for ARM objects: the portal page of a resource id (graph-azure's <c>portalResourceUrl</c>,
/// azure-spec §2.3). The reference needs the directory's default domain, read by <c>ad-account</c>; the portal
/// accepts the directory id in the same place, so ARM steps build links without depending on a directory step.
/// </summary>
internal sealed class PortalLinks(string tenantId)
{
    private const string Portal = "https://portal.azure.com";

    public string? For(string? resourceId)
    {
        if (string.IsNullOrEmpty(resourceId))
        {
            return null;
        }

        var id = resourceId.StartsWith('/') ? resourceId : "/" + resourceId;
        if (ResourceId.TryParse(id, out var parsed) && parsed.Types.Count == 3
            && parsed.Types[0].Type.Equals("storageAccounts", StringComparison.OrdinalIgnoreCase)
            && parsed.Types[2].Type.Equals("containers", StringComparison.OrdinalIgnoreCase)
            && parsed.TopLevelId is { } accountId)
        {
            return $"{Portal}/#blade/Microsoft_Azure_Storage/ContainerMenuBlade/overview/storageAccountId/{Uri.EscapeDataString(accountId)}/path/{Uri.EscapeDataString(parsed.Types[2].Name)}";
        }

        return $"{Portal}/#@{tenantId}/resource{Uri.EscapeDataString(id).Replace("%2F", "/", StringComparison.Ordinal)}";
    }
}
