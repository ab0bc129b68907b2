using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Core.Graph;
using TenantGraph.Core.JobStates;
using TenantGraph.Core.Output;
using TenantGraph.Core.Steps;
using TenantGraph.Microsoft.Delta;

namespace TenantGraph.Integrations.Tests.Harness;

/// <summary>
/// Runs a step with its dependencies against the emulator and checks what it produced against its metadata
/// (the SDK's <c>toMatchStepMetadata</c>, mapped relationships included): every type declared, every entity's
/// classes those of its declared type, every direct relationship's ends present. Entities are validated
/// against their classes on the way in by the job state itself.
/// </summary>
internal static class StepHarness
{
    public static async Task<StepHarnessResult> RunWithDependenciesAsync(IIntegration integration, string stepId, Cloud cloud,
        CancellationToken cancellationToken, IntegrationSettings? settings = null)
    {
        var definition = integration.Definition;
        var graph = new DependencyGraph(definition.Steps);
        var wanted = graph.AncestorsOf(stepId).Append(stepId).ToHashSet(StringComparer.Ordinal);
        var directory = Directory.CreateTempSubdirectory("tenantgraph-step-").FullName;
        try
        {
            var instance = new InstanceContext("test", cloud.TenantId, cloud.Client, settings ?? IntegrationSettings.Empty,
                new JsonFileDeltaLinkStore(Path.Combine(directory, "delta-links.json")), NullLogger.Instance, TimeProvider.System);
            var prepared = await integration.PrepareAsync(instance, cancellationToken);
            var subset = definition with { Steps = definition.Steps.Where(s => wanted.Contains(s.Id)).ToArray() };
            using var state = new JobState(Path.Combine(directory, "out"), definition.CaseInsensitiveKeys);
            var request = new RunRequest("test", subset, state, prepared.Services)
            {
                StartStates = prepared.StartStates.Where(s => wanted.Contains(s.Key)).ToDictionary(),
            };
            var run = await new StepRunner(NullLogger.Instance, TimeProvider.System).RunAsync(request, cancellationToken);
            var reader = new GraphFolderReader(state.OutputDirectory);
            var result = new StepHarnessResult(run, run.Steps.Single(s => s.Id == stepId),
                reader.ReadEntities(stepId).ToArray(), reader.ReadRelationships(stepId).ToArray(),
                reader.ReadEntities().ToArray());
            CheckMetadata(definition.Steps.Single(s => s.Id == stepId), result, definition.CaseInsensitiveKeys);
            return result;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void CheckMetadata(StepDefinition step, StepHarnessResult result, bool caseInsensitive)
    {
        foreach (var entity in result.Entities)
        {
            var declared = step.Entities.FirstOrDefault(e => e.Type == entity.Type)
                ?? throw new StepMetadataException($"Step {step.Id} produced undeclared entity type {entity.Type} ({entity.Key}).");
            if (!declared.Classes.SequenceEqual(entity.Classes))
            {
                throw new StepMetadataException(
                    $"Entity {entity.Key} has _class [{string.Join(", ", entity.Classes)}] but {entity.Type} declares [{string.Join(", ", declared.Classes)}].");
            }
        }

        var comparer = caseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var keys = result.AllEntities.Select(e => e.Key).ToHashSet(comparer);
        foreach (var relationship in result.Relationships)
        {
            if (relationship.IsMapped)
            {
                var declaredMapped = step.MappedRelationships.FirstOrDefault(m => m.Type == relationship.Type)
                    ?? throw new StepMetadataException($"Step {step.Id} produced undeclared mapped relationship type {relationship.Type}.");
                if (declaredMapped.Class != relationship.Class || declaredMapped.Direction != relationship.Mapping!.Direction) // IsMapped
                {
                    throw new StepMetadataException($"Mapped relationship {relationship.Key} does not match its declared class or direction.");
                }

                continue;
            }

            var declared = step.Relationships.FirstOrDefault(r => r.Type == relationship.Type)
                ?? throw new StepMetadataException($"Step {step.Id} produced undeclared relationship type {relationship.Type} ({relationship.Key}).");
            if (declared.Class != relationship.Class)
            {
                throw new StepMetadataException($"Relationship {relationship.Key} is {relationship.Class.ToVerb()} but {declared.Type} declares {declared.Class.ToVerb()}.");
            }

            foreach (var end in new[] { relationship.FromKey!, relationship.ToKey! }) // direct relationships have both ends
            {
                if (!keys.Contains(end))
                {
                    throw new StepMetadataException($"Relationship {relationship.Key} points at {end}, which no step of the run produced.");
                }
            }
        }
    }
}
