using TenantGraph.Core.Errors;

namespace TenantGraph.Integrations.Azure;

/// <summary>
/// An Azure instance's own settings, read once from its <c>settings</c> object. The seed's <c>clientId</c>,
/// <c>clientSecret</c> (or a certificate) and <c>directoryId</c> are the instance's <c>clientId</c>, secret or
/// <c>certificatePath</c> and <c>tenantId</c>; what remains is which subscriptions to read and whether to read
/// the directory.
/// </summary>
internal sealed record AzureOptions(SubscriptionSelection Subscriptions, bool IngestActiveDirectory)
{
    public const string SubscriptionIdSetting = "subscriptionId";
    public const string SubscriptionsSetting = "subscriptions";
    public const string IngestActiveDirectorySetting = "ingestActiveDirectory";

    /// <summary>The word that selects every subscription the app can see.</summary>
    public const string AllSubscriptions = "*";

    public static IReadOnlyList<IntegrationSetting> Settings { get; } =
    [
        new(SubscriptionIdSetting, SettingKind.String, Optional: true,
            "The subscription whose Resource Manager resources are read; empty reads none (the seed's field)."),
        new(SubscriptionsSetting, SettingKind.StringList, Optional: true,
            "More subscriptions to read, or \"*\" for every subscription the app can see; read together with subscriptionId."),
        new(IngestActiveDirectorySetting, SettingKind.Boolean, Optional: true,
            "Whether users, groups, group members and service principals are read from the directory (default false)."),
    ];

    public static AzureOptions From(IntegrationSettings settings)
    {
        var listed = settings.GetStringList(SubscriptionsSetting);
        var ids = new List<string>();
        if (settings.GetString(SubscriptionIdSetting) is { Length: > 0 } single)
        {
            ids.Add(single.Trim());
        }

        var all = false;
        foreach (var item in listed)
        {
            if (item == AllSubscriptions)
            {
                all = true;
            }
            else if (!ids.Contains(item, StringComparer.OrdinalIgnoreCase))
            {
                ids.Add(item);
            }
        }

        foreach (var id in ids.Where(id => !Guid.TryParse(id, out _)))
        {
            throw new ConfigurationException(listed.Contains(id) ? SubscriptionsSetting : SubscriptionIdSetting, "settings",
                $"'{id}' is not a subscription id; give subscription GUIDs, or \"*\" in {SubscriptionsSetting} for every visible subscription");
        }

        return new AzureOptions(new SubscriptionSelection(all, ids), settings.GetBoolean(IngestActiveDirectorySetting, false));
    }
}

/// <summary>Which subscriptions Resource Manager steps read: the listed ids, or every visible one.</summary>
internal sealed record SubscriptionSelection(bool All, IReadOnlyList<string> Ids)
{
    public bool IsEmpty => !All && Ids.Count == 0;
}
