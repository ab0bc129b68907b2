using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Tests.Harness;

/// <summary>Fails when a step wrote something its metadata does not declare, or a relationship to nothing collected.</summary>
internal static class StepMetadataCheck
{
    public static void Check(StepDefinition step, StepOutput output, IReadOnlySet<string> collectedKeys)
    {
        foreach (var entity in output.Entities)
        {
            var declared = step.Entities.FirstOrDefault(e => e.Type == entity.Type)
                ?? throw new StepMetadataException($"Step {step.Id} produced undeclared entity type {entity.Type} ({entity.Key}).");
            if (!declared.Classes.SequenceEqual(entity.Classes))
            {
                throw new StepMetadataException(
                    $"Entity {entity.Key} has _class [{string.Join(", ", entity.Classes)}] but {entity.Type} declares [{string.Join(", ", declared.Classes)}].");
            }
        }

        foreach (var relationship in output.Relationships)
        {
            // A seed may give several relationships one _type (Azure's security-group rules share one across verbs
            // and directions), so a declaration is matched by _type and verb, and direction when mapped.
            if (relationship.Mapping is { } mapping)
            {
                if (!step.MappedRelationships.Any(m => m.Type == relationship.Type && m.Class == relationship.Class && m.Direction == mapping.Direction))
                {
                    throw new StepMetadataException(
                        $"Step {step.Id} produced mapped relationship {relationship.Key} ({relationship.Type}, {relationship.Class.ToVerb()}, {mapping.Direction.ToWire()}) that it does not declare.");
                }

                continue;
            }

            if (!step.Relationships.Any(r => r.Type == relationship.Type && r.Class == relationship.Class))
            {
                throw new StepMetadataException(
                    $"Step {step.Id} produced relationship {relationship.Key} ({relationship.Type}, {relationship.Class.ToVerb()}) that it does not declare.");
            }

            foreach (var end in new[] { relationship.FromKey!, relationship.ToKey! }) // direct relationships have both ends
            {
                if (!collectedKeys.Contains(end))
                {
                    throw new StepMetadataException($"Relationship {relationship.Key} points at {end}, which no step of the run produced.");
                }
            }
        }
    }
}
