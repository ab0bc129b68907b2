using TenantGraph.Core.Tests.Support;
using TenantGraph.Core.DataModel;
using TenantGraph.Core.Graph;

namespace TenantGraph.Core.Tests.DataModel;

/// <summary>
/// Minimal entities of any class: name, displayName and every required property, each with a plain valid value
/// of the first type the class table declares for it (a sample per kind, not taken from the validator).
/// </summary>
internal static class ValidEntities
{
    public const string Key = "entity-key-0001";

    public static Entity Minimal(params string[] classes)
    {
        var properties = new PropertyBag();
        foreach (var className in classes)
        {
            var schema = DataModelSchemas.Get(className);
            foreach (var name in schema.Required.Where(r => r is not ("_key" or "_type" or "_class")))
            {
                if (!properties.Contains(name))
                {
                    properties.Set(name, SampleValue(schema.Properties[name].Types[0]));
                }
            }
        }

        return new Entity(Key, "test_entity", classes, properties);
    }

    public static Entity With(Entity entity, string property, object? value)
    {
        var properties = Copy(entity);
        properties.Set(property, value);
        return new Entity(entity.Key, entity.Type, entity.Classes, properties);
    }

    public static Entity Without(Entity entity, string property)
    {
        var properties = Copy(entity);
        properties.Remove(property);
        return new Entity(entity.Key, entity.Type, entity.Classes, properties);
    }

    private static PropertyBag Copy(Entity entity)
    {
        var properties = new PropertyBag();
        foreach (var (name, value) in entity.Properties)
        {
            properties.Set(name, value);
        }

        return properties;
    }

    private static object SampleValue(PropertyType type)
    {
        object scalar = type.Kind switch
        {
            "string" => "text",
            "number" or "integer" => 7L,
            "bool" => true,
            "uri" => "https://example.com/a",
            "email" => "ada@example.com",
            "ip" or "ipv4" => "10.0.0.1",
            "cidr" => "10.0.0.0/16",
            "ipv6" => "fe80::1",
            "mac" => "00:11:22:aa:bb:cc",
            "hostname" => "host-01",
            "cve" => "CVE-2024-12345",
            "enum" => Present.Value(type.EnumValues).Order(StringComparer.Ordinal).First(),
            _ => throw new InvalidOperationException($"No sample for kind {type.Kind}."),
        };

        return !type.IsArray ? scalar : scalar switch
        {
            string s => new[] { s },
            long l => new[] { l },
            bool b => new[] { b },
            _ => throw new InvalidOperationException("Unexpected sample."),
        };
    }
}
