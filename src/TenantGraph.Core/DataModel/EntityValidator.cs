using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using TenantGraph.Core.Graph;

namespace TenantGraph.Core.DataModel;

/// <summary>
/// Checks an entity against every one of its classes, as the SDK's schema validation does: required properties
/// present, declared properties of an accepted type, the GraphObject key and name rules.
/// </summary>
public static partial class EntityValidator
{
    // Property names repeat across millions of entities; each is checked against the pattern once.
    private static readonly ConcurrentDictionary<string, bool> NameIsValid = new(StringComparer.Ordinal);

    // The checks of a class list, merged once: collectors build millions of entities from a few metadata records,
    // whose class lists are shared instances.
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, ClassListChecks?> Checks = new();

    /// <summary>Every problem with the entity; empty when it is valid.</summary>
    public static IReadOnlyList<EntityValidationError> Validate(Entity entity) =>
        Checks.GetValue(entity.Classes, ClassListChecks.For) is { } checks && checks.Pass(entity, NameIsValidFor)
            ? []
            : Explain(entity);

    private static bool NameIsValidFor(string name) => NameIsValid.GetOrAdd(name, n => PropertyNamePattern().IsMatch(n));

    /// <summary>The full check, class by class, naming every problem.</summary>
    private static List<EntityValidationError> Explain(Entity entity)
    {
        var errors = new List<EntityValidationError>();
        if (entity.Key.Length < 10)
        {
            errors.Add(new(entity, "GraphObject", "_key", "must be at least 10 characters long"));
        }

        if (entity.Type.Length < 3)
        {
            errors.Add(new(entity, "GraphObject", "_type", "must be at least 3 characters long"));
        }

        foreach (var (name, _) in entity.Properties)
        {
            if (!NameIsValidFor(name))
            {
                errors.Add(new(entity, "GraphObject", name,
                    "is not a valid property name (letters, digits, '.', ' ' and '-', optionally after '_' or 'tag.')"));
            }
            else if (name.StartsWith("tag.", StringComparison.Ordinal)
                && entity.Properties[name] is not (null or string or long or double or bool))
            {
                errors.Add(new(entity, "GraphObject", name, "must be a string, number or boolean"));
            }
        }

        foreach (var className in entity.Classes)
        {
            if (!DataModelSchemas.IsKnown(className))
            {
                errors.Add(new(entity, className, "_class", "names a class that is not in the data model"));
                continue;
            }

            ValidateClass(entity, DataModelSchemas.Get(className), errors);
        }

        return errors;
    }

    private static void ValidateClass(Entity entity, ClassSchema schema, List<EntityValidationError> errors)
    {
        foreach (var required in schema.Required)
        {
            if (required is not ("_key" or "_type" or "_class") && !entity.Properties.Contains(required))
            {
                errors.Add(new(entity, schema.Name, required, "is required but missing"));
            }
        }

        foreach (var (name, value) in entity.Properties)
        {
            if (schema.Properties.TryGetValue(name, out var property) && !property.Accepts(value))
            {
                errors.Add(new(entity, schema.Name, name,
                    $"has value {PropertyText.Format(value)} but must be {property.Describe()}"));
            }
        }
    }

    [GeneratedRegex(@"^(_|tag\.)?[A-Za-z0-9. -]+$")]
    private static partial Regex PropertyNamePattern();
}
