namespace TenantGraph.Integrations.Tests.Azure.Generated;

/// <summary>The test classes that read the one collection of the generated tenant, so it is made once.</summary>
[CollectionDefinition(Name)]
public sealed class GeneratedAzureCollection : ICollectionFixture<GeneratedAzureRun>
{
    public const string Name = "Generated Azure tenant";
}
