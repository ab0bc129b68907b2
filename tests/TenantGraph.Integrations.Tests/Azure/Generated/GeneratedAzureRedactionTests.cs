using System.Text.Json;
using System.Text.Json.Nodes;
using TenantGraph.Integrations.Tests.Harness;

namespace TenantGraph.Integrations.Tests.Azure.Generated;

/// <summary>
/// The generator fills in the secrets ARM can carry (administrator passwords, access keys, secure environment values,
/// registry and certificate passwords, certificate data, secret volumes); none of them reaches the collected graph
/// (azure-spec §5.7).
/// </summary>
[Collection(GeneratedAzureCollection.Name)]
public sealed class GeneratedAzureRedactionTests(GeneratedAzureRun run)
{
    /// <summary>Property names whose values are secrets, and the resource kinds the generator puts them on.</summary>
    private static readonly (string Name, string Type)[] SecretProperties =
    [
        ("administratorLoginPassword", "Microsoft.Sql/servers"), ("administratorLoginPassword", "Microsoft.DBforMySQL/servers"),
        ("administratorLoginPassword", "Microsoft.DBforPostgreSQL/servers"), ("administratorLoginPassword", "Microsoft.DBforMariaDB/servers"),
        ("primaryKey", "Microsoft.Cache/Redis"), ("secondaryKey", "Microsoft.Cache/Redis"),
        ("secureValue", "Microsoft.ContainerInstance/containerGroups"), ("storageAccountKey", "Microsoft.ContainerInstance/containerGroups"),
        ("password", "Microsoft.ContainerInstance/containerGroups"), ("secret", "Microsoft.ContainerInstance/containerGroups"),
        ("password", "Microsoft.Batch/batchAccounts/certificates"), ("data", "Microsoft.Batch/batchAccounts/certificates"),
    ];

    [Fact]
    public async Task No_generated_secret_appears_in_any_collected_entity_or_relationship()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        var secrets = Secrets().ToArray();

        var output = string.Join('\n', result.Entities.Select(e => e.RawData + JsonSerializer.Serialize(e.Properties.ToDictionary()))
            .Concat(result.Relationships.Select(r => JsonSerializer.Serialize(r.Properties.ToDictionary()))));
        Assert.All(secrets, secret => Assert.DoesNotContain(secret.Value, output, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_kind_of_secret_is_generated_so_the_search_can_fail()
    {
        var found = Secrets().Select(s => (s.Name, s.Type)).ToHashSet();

        Assert.All(SecretProperties, p => Assert.Contains(p, found));
    }

    [Fact]
    public async Task Server_administrator_credentials_are_redacted_in_properties_and_raw_data()
    {
        var result = await run.ResultAsync(Timeouts.Token(120));
        var servers = new[] { "azure_sql_server", "azure_mysql_server", "azure_postgresql_server", "azure_mariadb_server" }.SelectMany(result.EntitiesOf).ToArray();

        Assert.NotEmpty(servers);
        Assert.All(servers, s =>
        {
            Assert.Equal("****REDACTED****", s.Properties.GetString("administratorLoginPassword"));
            var raw = JsonNode.Parse(s.RawData!)!; // ARM entities keep their raw JSON
            Assert.Equal("****REDACTED****", raw["properties"]!["administratorLoginPassword"]!.GetValue<string>());
        });
    }

    /// <summary>Every string under a secret property of the generated resources, with where it was found.</summary>
    private IEnumerable<(string Name, string Type, string Value)> Secrets()
    {
        foreach (var type in SecretProperties.Select(p => p.Type).Distinct(StringComparer.Ordinal))
        {
            var resources = type.Split('/').Length == 3
                ? run.Arm(string.Join('/', type.Split('/')[..2])).SelectMany(parent => run.Children(parent["id"]!.GetValue<string>(), type.Split('/')[2]))
                : run.Arm(type);
            foreach (var resource in resources)
            {
                foreach (var (name, value) in Walk(resource).Where(p => SecretProperties.Contains((p.Name, type))))
                {
                    foreach (var text in Strings(value))
                    {
                        yield return (name, type, text);
                    }
                }
            }
        }
    }

    private static IEnumerable<(string Name, JsonNode? Value)> Walk(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Walk(p.Value).Prepend((p.Key, p.Value))),
        JsonArray array => array.SelectMany(Walk),
        _ => [],
    };

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        _ => [],
    };
}
