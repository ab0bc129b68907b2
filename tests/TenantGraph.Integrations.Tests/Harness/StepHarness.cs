using Microsoft.Extensions.Logging;

namespace TenantGraph.Integrations.Tests.Harness;

/// <summary>Runs one step with its dependencies (see <see cref="IntegrationHarness"/>) and gives what that step wrote.</summary>
internal static class StepHarness
{
    public static async Task<StepHarnessResult> RunWithDependenciesAsync(IIntegration integration, string stepId, Cloud cloud,
        CancellationToken cancellationToken, IntegrationSettings? settings = null, ILogger? logger = null)
    {
        var run = await IntegrationHarness.RunAsync(integration, cloud, cancellationToken, settings, logger, [stepId]);
        var output = run.Output(stepId);
        return new StepHarnessResult(run.Run, run.Step(stepId), output.Entities, output.Relationships, run.Entities);
    }
}
