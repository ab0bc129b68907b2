using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Core.Graph;
using TenantGraph.Core.JobStates;
using TenantGraph.Core.Output;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Defender;
using TenantGraph.Integrations.Tests.Harness;
using TenantGraph.Microsoft.Delta;

namespace TenantGraph.Integrations.Tests.Defender;

/// <summary>A whole run of the integration against the emulator, as <c>collect</c> runs it.</summary>
internal sealed record DefenderRun(RunResult Run, IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships)
{
    public StepResult Step(string id) => Run.Steps.Single(s => s.Id == id);

    public IReadOnlyList<Entity> EntitiesOf(string type) => Entities.Where(e => e.Type == type).ToArray();

    public IReadOnlyList<Relationship> RelationshipsOf(string type) => Relationships.Where(r => r.Type == type).ToArray();

    public static async Task<DefenderRun> RunAllAsync(Cloud cloud, CancellationToken cancellationToken)
    {
        var integration = new DefenderIntegration();
        var directory = Directory.CreateTempSubdirectory("tenantgraph-defender-").FullName;
        try
        {
            var instance = new InstanceContext("test", cloud.TenantId, cloud.Client, IntegrationSettings.Empty,
                new JsonFileDeltaLinkStore(Path.Combine(directory, "delta-links.json")), NullLogger.Instance, TimeProvider.System);
            var prepared = await integration.PrepareAsync(instance, cancellationToken);
            var state = new JobState(Path.Combine(directory, "out"));
            var request = new RunRequest("test", integration.Definition, state, prepared.Services) { StartStates = prepared.StartStates };
            var run = await new StepRunner(NullLogger.Instance, TimeProvider.System).RunAsync(request, cancellationToken);
            var reader = new GraphFolderReader(state.OutputDirectory);
            return new DefenderRun(run, reader.ReadEntities().ToArray(), reader.ReadRelationships().ToArray());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
