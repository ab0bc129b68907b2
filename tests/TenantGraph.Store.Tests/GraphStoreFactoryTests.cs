using TenantGraph.Store.Postgres;

namespace TenantGraph.Store.Tests;

public sealed class GraphStoreFactoryTests
{
    [Theory]
    [InlineData("tenantgraph.db", false)]
    [InlineData("/var/lib/tenantgraph/graph.db", false)]
    [InlineData("postgres://tg:secret@db.internal:5433/graph", true)]
    [InlineData("postgresql://db.internal/graph", true)]
    [InlineData("Host=db.internal;Database=graph;Username=tg", true)]
    public void Store_value_selects_the_dialect(string store, bool postgres) =>
        Assert.Equal(postgres, GraphStoreFactory.IsPostgres(store));

    [Fact]
    public void Postgres_url_becomes_a_connection_string_with_its_parts_unescaped()
    {
        var builder = PostgresConnectionSpec.Parse("postgres://tg%40corp:p%3Ass@db.internal:5433/graph?search_path=tenant_a&sslmode=require");

        Assert.Equal(("tg@corp", "p:ss", "db.internal", 5433, "graph", "tenant_a", Npgsql.SslMode.Require),
            (builder.Username, builder.Password, builder.Host, builder.Port, builder.Database, builder.SearchPath, builder.SslMode));
    }

    [Fact]
    public void Postgres_store_description_never_holds_the_password()
    {
        var description = PostgresConnectionSpec.Describe(PostgresConnectionSpec.Parse("postgres://tg:hunter2@db.internal/graph"));

        Assert.DoesNotContain("hunter2", description);
        Assert.Equal("postgres://tg@db.internal:5432/graph", description);
    }

    [Fact]
    public void Unknown_postgres_url_parameter_is_refused_by_name()
    {
        var refused = Assert.Throws<ArgumentException>(() => PostgresConnectionSpec.Parse("postgres://db/graph?pool=9"));

        Assert.Contains("'pool'", refused.Message);
    }
}
