using System.Text.Json;
using TenantGraph.Core.Output;
using TenantGraph.Core.Steps;

namespace TenantGraph.Store.Export;

/// <summary>
/// Stores a JupiterOne collect folder as a run. Step results come from <c>summary.json</c> (sdk-spec §3.1); a
/// failed step's declared types count as partial, as the SDK's partial-dataset rule says (§4.4). Without a summary
/// the run is complete and nothing is partial.
/// </summary>
internal static class CollectFolderImporter
{
    public static async Task<RunInfo> ImportAsync(IGraphStore store, string instance, string integration,
        string collectDirectory, CancellationToken cancellationToken)
    {
        var reader = new GraphFolderReader(collectDirectory);
        var steps = await ReadStepsAsync(Path.Combine(collectDirectory, "summary.json"), cancellationToken);
        await using var run = await store.BeginRunAsync(instance, integration, cancellationToken);
        await run.WriteEntitiesAsync(reader.ReadEntities().ToAsyncEnumerable(), cancellationToken);
        await run.WriteRelationshipsAsync(reader.ReadRelationships().ToAsyncEnumerable(), cancellationToken);
        var started = steps.Select(s => s.StartTime).Min() ?? run.Run.StartedOn;
        var ended = steps.Select(s => s.EndTime).Max() ?? run.Run.StartedOn;
        return await run.CompleteAsync(new RunResult(instance, integration, started, ended, steps, Cancelled: false),
            cancellationToken);
    }

    private static async Task<IReadOnlyList<StepResult>> ReadStepsAsync(string summaryPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(summaryPath))
        {
            return [];
        }

        await using var stream = File.OpenRead(summaryPath);
        using var summary = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        if (!summary.RootElement.TryGetProperty("integrationStepResults", out var results))
        {
            throw new InvalidDataException($"{summaryPath} has no integrationStepResults.");
        }

        return results.EnumerateArray().Select(ReadStep).ToArray();
    }

    private static StepResult ReadStep(JsonElement step)
    {
        var status = StepStatusText.Parse(step.GetProperty("status").GetString() ?? string.Empty);
        var declared = Strings(step, "declaredTypes");
        var partial = Strings(step, "partialTypes");
        if (status is StepStatus.Failure or StepStatus.PartialSuccessDueToDependencyFailure)
        {
            partial = partial.Union(declared, StringComparer.Ordinal).ToArray();
        }

        var counts = step.TryGetProperty("encounteredTypeCounts", out var c)
            ? c.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal)
            : [];
        return new StepResult(
            step.GetProperty("id").GetString() ?? string.Empty,
            step.TryGetProperty("name", out var name) ? name.GetString() ?? string.Empty : string.Empty,
            Strings(step, "dependsOn"), declared, partial, Strings(step, "encounteredTypes"), counts, status,
            Time(step, "startTime"), Time(step, "endTime"));
    }

    private static IReadOnlyList<string> Strings(JsonElement step, string name) =>
        step.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToArray()
            : [];

    // The SDK writes epoch milliseconds; ISO-8601 text is accepted too.
    private static DateTimeOffset? Time(JsonElement step, string name) =>
        !step.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number ? DateTimeOffset.FromUnixTimeMilliseconds(value.GetInt64())
        : value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(),
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time) ? time
        : null;
}
