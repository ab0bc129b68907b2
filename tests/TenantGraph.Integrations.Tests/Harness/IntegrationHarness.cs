using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TenantGraph.Core.Graph;
using TenantGraph.Core.JobStates;
using TenantGraph.Core.Output;
using TenantGraph.Core.Steps;
using TenantGraph.Microsoft.Delta;

namespace TenantGraph.Integrations.Tests.Harness;

/// <summary>
/// Runs an integration against the emulator as <c>collect</c> runs it — every step, or the named steps with their
/// dependencies — and checks what each step wrote against its metadata (the SDK's <c>toMatchStepMetadata</c>, mapped
/// relationships included): every type declared, every entity's classes those of its declared type, every
/// relationship matching a declaration by <c>_type</c> and verb (and direction when mapped), every direct
/// relationship's ends collected. Entities are validated against their classes on the way in by the job state.
/// </summary>
internal static class IntegrationHarness
{
    public static Task<IntegrationRun> RunAsync(IIntegration integration, Cloud cloud, CancellationToken cancellationToken,
        IntegrationSettings? settings = null, params string[] stepIds) =>
        RunAsync(integration, cloud, cancellationToken, settings, null, stepIds);

    /// <summary>As above, with the run's log calls going to <paramref name="logger"/>.</summary>
    public static async Task<IntegrationRun> RunAsync(IIntegration integration, Cloud cloud, CancellationToken cancellationToken,
        IntegrationSettings? settings, ILogger? logger, string[] stepIds)
    {
        var definition = integration.Definition;
        var graph = new DependencyGraph(definition.Steps);
        var wanted = stepIds.Length == 0
            ? definition.Steps.Select(s => s.Id).ToHashSet(StringComparer.Ordinal)
            : stepIds.SelectMany(id => graph.AncestorsOf(id).Append(id)).ToHashSet(StringComparer.Ordinal);
        var directory = Directory.CreateTempSubdirectory("tenantgraph-run-").FullName;
        try
        {
            var instance = new InstanceContext("test-instance", cloud.TenantId, cloud.Client, settings ?? IntegrationSettings.Empty,
                new JsonFileDeltaLinkStore(Path.Combine(directory, "delta-links.json")), logger ?? NullLogger.Instance, TimeProvider.System);
            var prepared = await integration.PrepareAsync(instance, cancellationToken);
            var subset = definition with { Steps = definition.Steps.Where(s => wanted.Contains(s.Id)).ToArray() };
            using var state = new JobState(Path.Combine(directory, "out"), definition.CaseInsensitiveKeys);
            var request = new RunRequest("test-instance", subset, state, prepared.Services)
            {
                StartStates = prepared.StartStates.Where(s => wanted.Contains(s.Key)).ToDictionary(),
            };
            var run = await new StepRunner(logger ?? NullLogger.Instance, TimeProvider.System).RunAsync(request, cancellationToken);
            var reader = new GraphFolderReader(state.OutputDirectory);
            var entities = reader.ReadEntities().ToArray();
            var keys = entities.Select(e => e.Key)
                .ToHashSet(definition.CaseInsensitiveKeys ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            var byStep = new Dictionary<string, StepOutput>(StringComparer.Ordinal);
            foreach (var step in subset.Steps)
            {
                var output = new StepOutput(reader.ReadEntities(step.Id).ToArray(), reader.ReadRelationships(step.Id).ToArray());
                StepMetadataCheck.Check(step, output, keys);
                byStep[step.Id] = output;
            }

            return new IntegrationRun(run, prepared, byStep);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
