namespace TenantGraph.Core.Graph;

/// <summary>The data model's global mapping targets (sdk-spec §1.9).</summary>
public static class GlobalEntities
{
    public const string InternetType = "internet";
    public const string EveryoneType = "everyone";

    public static PropertyBag Internet() => new()
    {
        ["_class"] = new[] { "Internet", "Network" },
        ["_type"] = InternetType,
        ["_key"] = "global:internet",
        ["CIDR"] = "0.0.0.0/0",
        ["CIDRv6"] = "::/0",
        ["public"] = true,
        ["displayName"] = "Internet",
    };

    public static PropertyBag Everyone() => new()
    {
        ["_class"] = new[] { "UserGroup", "Everyone" },
        ["_type"] = EveryoneType,
        ["_key"] = "global:everyone",
        ["principal"] = "*",
        ["public"] = true,
        ["displayName"] = "Everyone (Public Global)",
    };
}
