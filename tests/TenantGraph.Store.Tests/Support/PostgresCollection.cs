namespace TenantGraph.Store.Tests.Support;

/// <summary>Every PostgreSQL test class shares one server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
