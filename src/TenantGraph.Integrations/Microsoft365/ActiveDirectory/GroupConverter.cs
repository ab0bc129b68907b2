using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;

namespace TenantGraph.Integrations.Microsoft365.ActiveDirectory;

/// <summary>A directory group (spec A5.3); no raw data.</summary>
internal static class GroupConverter
{
    private static readonly EntityMap<Group> Map = new(ActiveDirectoryTypes.Group)
    {
        Key = g => g.Id,
        KeepRawData = false,
        Properties =
        {
            ["name"] = g => g.DisplayName ?? g.Id,
            ["displayName"] = g => g.DisplayName ?? g.Id,
            ["id"] = g => g.Id,
            ["deletedOn"] = g => PropertyValues.ParseTime(g.DeletedDateTime),
            ["createdOn"] = g => PropertyValues.ParseTime(g.CreatedDateTime),
            ["renewedOn"] = g => PropertyValues.ParseTime(g.RenewedDateTime),
            ["classification"] = g => g.Classification,
            ["description"] = g => g.Description,
            ["email"] = g => g.MailEnabled == true && Emails.IsValid(g.Mail) ? g.Mail : null,
            ["mail"] = g => g.MailEnabled == true ? g.Mail : null,
            ["mailEnabled"] = g => g.MailEnabled,
            ["mailNickname"] = g => g.MailNickname,
            ["securityEnabled"] = g => g.SecurityEnabled,
        },
    };

    public static Entity ToEntity(DirectoryModel model, ApiObject<Group> group) =>
        WithoutNulls(EntityNulls.DropRefused(Map.Build(group, model.Group)));

    public static Relationship ToAccountRelationship(DirectoryModel model, string accountKey, string groupKey) =>
        model.AccountHasGroup.Create(accountKey, groupKey);

    // Upstream leaves these out rather than null when absent (converter test: no email when mailEnabled is false).
    private static Entity WithoutNulls(Entity entity)
    {
        foreach (var name in (ReadOnlySpan<string>)["email", "mail", "deletedOn", "createdOn", "renewedOn", "description"])
        {
            if (entity.Properties.TryGetValue(name, out var value) && value is null)
            {
                entity.Properties.Remove(name);
            }
        }

        return entity;
    }
}
