namespace TenantGraph.Core.Tests.Support;

internal static class Present
{
    /// <summary>Fails the test when the value is null, and returns it otherwise.</summary>
    public static T Value<T>(T? value)
        where T : class
    {
        Assert.NotNull(value);
        return value;
    }
}
