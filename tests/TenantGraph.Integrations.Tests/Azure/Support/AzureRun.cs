using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Core.Graph;
using TenantGraph.Core.JobStates;
using TenantGraph.Core.Output;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Azure;
using TenantGraph.Integrations.Tests.Harness;
using TenantGraph.Microsoft.Delta;

namespace TenantGraph.Integrations.Tests.Azure.Support;

/// <summary>
/// Runs the Azure integration (every step, or the named steps with their dependencies) against the emulator and
/// checks each step's output against its metadata. Unlike the shared harness it matches a relationship to its
/// declaration by <c>_type</c> and verb (and direction when mapped): every security-rule edge shares the seed's
/// <c>_type azure_security_group_rule</c> across ALLOWS and DENIES and both directions.
/// </summary>
internal static class AzureRun
{
    public static async Task<AzureRunResult> RunAsync(Cloud cloud, IntegrationSettings settings, CancellationToken cancellationToken,
        params string[] stepIds)
    {
        var integration = new AzureIntegration();
        var definition = integration.Definition;
        var graph = new DependencyGraph(definition.Steps);
        var wanted = stepIds.Length == 0
            ? definition.Steps.Select(s => s.Id).ToHashSet(StringComparer.Ordinal)
            : stepIds.SelectMany(id => graph.AncestorsOf(id).Append(id)).ToHashSet(StringComparer.Ordinal);
        var directory = Directory.CreateTempSubdirectory("tenantgraph-azure-").FullName;
        try
        {
            var instance = new InstanceContext("azure-test", cloud.TenantId, cloud.Client, settings,
                new JsonFileDeltaLinkStore(Path.Combine(directory, "delta-links.json")), NullLogger.Instance, TimeProvider.System);
            var prepared = await integration.PrepareAsync(instance, cancellationToken);
            var subset = definition with { Steps = definition.Steps.Where(s => wanted.Contains(s.Id)).ToArray() };
            var state = new JobState(Path.Combine(directory, "out"), definition.CaseInsensitiveKeys);
            var request = new RunRequest("azure-test", subset, state, prepared.Services)
            {
                StartStates = prepared.StartStates.Where(s => wanted.Contains(s.Key)).ToDictionary(),
            };
            var run = await new StepRunner(NullLogger.Instance, TimeProvider.System).RunAsync(request, cancellationToken);
            var reader = new GraphFolderReader(state.OutputDirectory);
            var entities = reader.ReadEntities().ToArray();
            var relationships = reader.ReadRelationships().ToArray();
            var keys = entities.Select(e => e.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var step in subset.Steps)
            {
                Check(step, reader.ReadEntities(step.Id).ToArray(), reader.ReadRelationships(step.Id).ToArray(), keys);
            }

            return new AzureRunResult(run, entities, relationships);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void Check(StepDefinition step, IReadOnlyList<Entity> entities, IReadOnlyList<Relationship> relationships,
        IReadOnlySet<string> keys)
    {
        foreach (var entity in entities)
        {
            var declared = step.Entities.FirstOrDefault(e => e.Type == entity.Type)
                ?? throw new StepMetadataException($"Step {step.Id} produced undeclared entity type {entity.Type} ({entity.Key}).");
            if (!declared.Classes.SequenceEqual(entity.Classes))
            {
                throw new StepMetadataException($"Entity {entity.Key} has classes other than {entity.Type} declares.");
            }
        }

        foreach (var relationship in relationships)
        {
            if (relationship.Mapping is { } mapping)
            {
                if (!step.MappedRelationships.Any(m => m.Type == relationship.Type && m.Class == relationship.Class && m.Direction == mapping.Direction))
                {
                    throw new StepMetadataException(
                        $"Step {step.Id} produced undeclared mapped {relationship.Class.ToVerb()} {mapping.Direction} {relationship.Type}.");
                }

                continue;
            }

            if (!step.Relationships.Any(r => r.Type == relationship.Type && r.Class == relationship.Class))
            {
                throw new StepMetadataException($"Step {step.Id} produced undeclared {relationship.Class.ToVerb()} {relationship.Type} ({relationship.Key}).");
            }

            foreach (var end in new[] { relationship.FromKey!, relationship.ToKey! }) // direct relationships have both ends
            {
                if (!keys.Contains(end))
                {
                    throw new StepMetadataException($"Relationship {relationship.Key} points at {end}, which no step produced.");
                }
            }
        }
    }
}

/// <summary>What a run produced across all its steps.</summary>
internal sealed record AzureRunResult(RunResult Run, IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships)
{
    public IReadOnlyList<Entity> EntitiesOf(string type) => [.. Entities.Where(e => e.Type == type)];

    public IReadOnlyList<Relationship> RelationshipsOf(string type) => [.. Relationships.Where(r => r.Type == type)];

    public StepResult Step(string id) => Run.Steps.Single(s => s.Id == id);

    public IReadOnlyList<string> PartialTypes => Run.PartialTypes;
}
