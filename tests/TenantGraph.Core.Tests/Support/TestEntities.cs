using TenantGraph.Core.Graph;

namespace TenantGraph.Core.Tests.Support;

/// <summary>Small valid entities of a few classes, for tests about storage and running rather than validation.</summary>
internal static class TestEntities
{
    public static Entity Group(string key, string type = "test_group") =>
        new(key, type, ["Group"], new PropertyBag { ["name"] = key, ["displayName"] = key });

    public static Entity Account(string key, string type = "test_account") =>
        new(key, type, ["Account"], new PropertyBag { ["name"] = key, ["displayName"] = key, ["vendor"] = "Microsoft" });

    public static Entity User(string key, string type = "test_user") => new(key, type, ["User"], new PropertyBag
    {
        ["name"] = key,
        ["displayName"] = key,
        ["firstName"] = "Ada",
        ["lastName"] = "Lovelace",
        ["email"] = new[] { "ada@example.com" },
        ["shortLoginId"] = new[] { "ada" },
        ["username"] = new[] { "ada@example.com" },
    });
}
