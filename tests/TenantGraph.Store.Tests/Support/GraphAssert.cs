using TenantGraph.Core.Graph;

namespace TenantGraph.Store.Tests.Support;

internal static class GraphAssert
{
    public static void Equal(Entity expected, Entity actual)
    {
        Assert.Equal(expected.Key, actual.Key);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.Classes, actual.Classes);
        Assert.Equal(expected.RawData, actual.RawData);
        Equal(expected.Properties, actual.Properties);
    }

    public static void Equal(Relationship expected, Relationship actual)
    {
        Assert.Equal(expected.Key, actual.Key);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.Class, actual.Class);
        Assert.Equal(expected.FromKey, actual.FromKey);
        Assert.Equal(expected.ToKey, actual.ToKey);
        Assert.Equal(expected.Mapping is null, actual.Mapping is null);
        if (expected.Mapping is { } mapping && actual.Mapping is { } restored)
        {
            Assert.Equal(mapping.Direction, restored.Direction);
            Assert.Equal(mapping.SourceEntityKey, restored.SourceEntityKey);
            Assert.Equal(mapping.TargetFilterKeys, restored.TargetFilterKeys);
            Assert.Equal(mapping.SkipTargetCreation, restored.SkipTargetCreation);
            Equal(mapping.TargetEntity, restored.TargetEntity);
        }

        Equal(expected.Properties, actual.Properties);
    }

    /// <summary>Same names and values with the same .NET types; order is not kept (jsonb sorts keys).</summary>
    public static void Equal(PropertyBag expected, PropertyBag actual)
    {
        Assert.Equal(expected.Select(p => p.Key).Order(StringComparer.Ordinal), actual.Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach (var property in expected)
        {
            Assert.Equal(property.Value?.GetType(), actual[property.Key]?.GetType());
            Assert.Equal(property.Value, actual[property.Key]);
        }
    }
}
