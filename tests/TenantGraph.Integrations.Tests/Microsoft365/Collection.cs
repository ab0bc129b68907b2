using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Core.Graph;
using TenantGraph.Core.JobStates;
using TenantGraph.Core.Output;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Tests.Harness;
using TenantGraph.Microsoft.Delta;

namespace TenantGraph.Integrations.Tests.Microsoft365;

/// <summary>Every step of an integration against the emulator, as <c>collect</c> runs it, with what it wrote.</summary>
internal sealed record Collection(RunResult Run, PreparedRun Prepared, IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships)
{
    public static async Task<Collection> RunAsync(IIntegration integration, Cloud cloud, IntegrationSettings? settings = null)
    {
        var directory = Directory.CreateTempSubdirectory("tenantgraph-m365-").FullName;
        try
        {
            var cancellation = Timeouts.Token();
            var instance = new InstanceContext("test-instance", cloud.TenantId, cloud.Client, settings ?? IntegrationSettings.Empty,
                new JsonFileDeltaLinkStore(Path.Combine(directory, "delta-links.json")), NullLogger.Instance, TimeProvider.System);
            var prepared = await integration.PrepareAsync(instance, cancellation);
            var state = new JobState(Path.Combine(directory, "out"), integration.Definition.CaseInsensitiveKeys);
            var request = new RunRequest("test-instance", integration.Definition, state, prepared.Services) { StartStates = prepared.StartStates };
            var run = await new StepRunner(NullLogger.Instance, TimeProvider.System).RunAsync(request, cancellation);
            var reader = new GraphFolderReader(state.OutputDirectory);
            return new Collection(run, prepared, reader.ReadEntities().ToArray(), reader.ReadRelationships().ToArray());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public IReadOnlyList<Entity> EntitiesOf(string type) => Entities.Where(e => e.Type == type).ToArray();

    public IReadOnlyList<Relationship> RelationshipsOf(string type) => Relationships.Where(r => r.Type == type).ToArray();

    public StepResult Step(string id) => Run.Steps.Single(s => s.Id == id);

    public IReadOnlyDictionary<string, long> TypeCounts =>
        Entities.Select(e => e.Type).Concat(Relationships.Select(r => r.Type))
            .GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
}
