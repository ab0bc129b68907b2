namespace TenantGraph.Cli;

/// <summary>How a store is named in output: a PostgreSQL URL loses its password.</summary>
internal static class StoreText
{
    public static string Describe(string store)
    {
        if (!Uri.TryCreate(store, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
        {
            return store;
        }

        var user = uri.UserInfo.Split(':')[0];
        return $"{uri.Scheme}://{(user.Length > 0 ? user + "@" : string.Empty)}{uri.Host}{(uri.IsDefaultPort ? string.Empty : ":" + uri.Port)}{uri.AbsolutePath}";
    }
}
