using TenantGraph.Core.Steps;

namespace TenantGraph.Cli.Collect;

/// <summary>How collecting one instance ended, and the exit code it contributes.</summary>
internal sealed record CollectOutcome(string Instance, int ExitCode, RunResult? Run, long? StoredRunId, string? Error);
