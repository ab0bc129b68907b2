using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Security;

/// <summary>azure-spec §5.8 <c>azure_security_center_contact</c>.</summary>
internal static class ContactConverter
{
    private static readonly EntityMap<SecurityContact> Map = new(SecurityTypes.Contact)
    {
        Key = c => c.Id,
        CopySourceProperties = false,
        Properties =
        {
            ["id"] = c => c.Id,
            ["name"] = c => c.Name,
            ["displayName"] = c => c.Name,
            ["email"] = c => c.Properties?.Email,
            ["phone"] = c => c.Properties?.Phone,
            ["alertNotifications"] = c => c.Properties?.AlertNotifications,
            ["alertsToAdmins"] = c => c.Properties?.AlertsToAdmins,
        },
    };

    public static Entity ToEntity(ApiObject<SecurityContact> contact, PortalLinks links)
    {
        var entity = Map.Build(contact);
        entity.Properties.Set("webLink", links.For(contact.Value.Id));
        return entity;
    }
}
