using Npgsql;

namespace TenantGraph.Store.Postgres;

/// <summary>
/// Turns the configuration's <c>store</c> value into an Npgsql connection string: a
/// <c>postgres://user:pass@host:port/db?search_path=…&amp;sslmode=…</c> URL or a keyword connection string.
/// </summary>
internal static class PostgresConnectionSpec
{
    public static bool IsUrl(string spec) =>
        spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static bool IsKeywordString(string spec) =>
        spec.Contains('=', StringComparison.Ordinal)
        && spec.Split(';').Any(part => part.Split('=')[0].Trim() is var name
            && (name.Equals("Host", StringComparison.OrdinalIgnoreCase) || name.Equals("Server", StringComparison.OrdinalIgnoreCase)));

    public static NpgsqlConnectionStringBuilder Parse(string spec)
    {
        if (!IsUrl(spec))
        {
            return new NpgsqlConnectionStringBuilder(spec);
        }

        var uri = new Uri(spec);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } database ? database : null,
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = pair.Split('=', 2) is [var n, var v] ? (n, Uri.UnescapeDataString(v)) : (pair, string.Empty);
            switch (name)
            {
                case "search_path": builder.SearchPath = value; break;
                case "sslmode": builder.SslMode = Enum.Parse<SslMode>(value.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true); break;
                case "application_name": builder.ApplicationName = value; break;
                default:
                    throw new ArgumentException(
                        $"store URL parameter '{name}' is not supported; use search_path, sslmode or application_name", nameof(spec));
            }
        }

        return builder;
    }

    /// <summary>The store without its password, for logs and messages.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}"
        + (builder.SearchPath is { Length: > 0 } path ? $"?search_path={path}" : string.Empty);
}
