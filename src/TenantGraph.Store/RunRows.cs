using System.Data.Common;
using System.Text.Json;
using TenantGraph.Core.Steps;

namespace TenantGraph.Store;

/// <summary>
/// Reads <c>runs</c> rows selected in the column order of <see cref="Columns"/> (both dialects), and writes the JSON
/// columns. Times are epoch milliseconds in both dialects.
/// </summary>
internal static class RunRows
{
    public const string Columns =
        "id, instance, integration, started_on, ended_on, status, partial_types, entity_count, relationship_count, step_results, error";

    public static RunInfo Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
        reader.IsDBNull(4) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
        RunStatusText.Parse(reader.GetString(5)),
        ParseTypes(reader.GetString(6)),
        reader.GetInt64(7),
        reader.GetInt64(8),
        JsonSerializer.Deserialize(reader.GetString(9), StoreJsonContext.Default.StepResultArray) ?? [],
        reader.IsDBNull(10) ? null : reader.GetString(10));

    public static string Types(IReadOnlyList<string> types) =>
        JsonSerializer.Serialize(types.ToArray(), StoreJsonContext.Default.StringArray);

    public static IReadOnlyList<string> ParseTypes(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.StringArray) ?? [];

    public static string Steps(IReadOnlyList<StepResult> steps) =>
        JsonSerializer.Serialize(steps.ToArray(), StoreJsonContext.Default.StepResultArray);

    public static RunStatus StatusOf(RunResult result) =>
        result.Cancelled ? RunStatus.Failed
        : result.PartialTypes.Count > 0 || result.HasFailures ? RunStatus.Partial
        : RunStatus.Succeeded;

    public const string InterruptedReason = "interrupted: the process writing the run stopped before completing it";

    /// <summary>Marks a running run failed, with why.</summary>
    public static async Task FailAsync(DbConnection connection, long runId, string reason, DateTimeOffset ended,
        CancellationToken cancellationToken)
    {
        await using var fail = connection.Command(CommonSql.FailRun)
            .With("run", runId).With("ended", ended.ToUnixTimeMilliseconds()).With("error", reason);
        await fail.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<List<RunInfo>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var runs = new List<RunInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(Read(reader));
        }

        return runs;
    }
}
