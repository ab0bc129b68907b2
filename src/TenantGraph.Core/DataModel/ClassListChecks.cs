using TenantGraph.Core.Graph;

namespace TenantGraph.Core.DataModel;

/// <summary>
/// The checks of all of an entity's classes merged into one pass: the union of required names, and for each
/// declared property the distinct types it must have under every class. Only answers whether an entity is valid;
/// <see cref="EntityValidator"/> explains failures class by class.
/// </summary>
internal sealed class ClassListChecks
{
    private readonly string[] _required;
    private readonly Dictionary<string, PropertySchema[]> _properties;

    private ClassListChecks(string[] required, Dictionary<string, PropertySchema[]> properties)
    {
        _required = required;
        _properties = properties;
    }

    /// <summary>Null when a class is unknown: such an entity always goes to the full explanation.</summary>
    public static ClassListChecks? For(IReadOnlyList<string> classes)
    {
        if (!classes.All(DataModelSchemas.IsKnown))
        {
            return null;
        }

        var schemas = classes.Select(DataModelSchemas.Get).ToArray();
        var required = schemas.SelectMany(s => s.Required)
            .Where(r => r is not ("_key" or "_type" or "_class"))
            .Distinct(StringComparer.Ordinal).ToArray();
        var properties = schemas.SelectMany(s => s.Properties.Values)
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.DistinctBy(p => p.Describe(), StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        return new ClassListChecks(required, properties);
    }

    public bool Pass(Entity entity, Func<string, bool> nameIsValid)
    {
        if (entity.Key.Length < 10 || entity.Type.Length < 3)
        {
            return false;
        }

        foreach (var required in _required)
        {
            if (!entity.Properties.Contains(required))
            {
                return false;
            }
        }

        foreach (var (name, value) in entity.Properties)
        {
            if (!nameIsValid(name) || (name.StartsWith("tag.", StringComparison.Ordinal) && value is not (null or string or long or double or bool)))
            {
                return false;
            }

            if (_properties.TryGetValue(name, out var schemas))
            {
                foreach (var schema in schemas)
                {
                    if (!schema.Accepts(value))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }
}
