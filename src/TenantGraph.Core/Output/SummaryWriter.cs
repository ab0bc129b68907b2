using System.Text.Json;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Steps;

namespace TenantGraph.Core.Output;

/// <summary>
/// Writes <c>summary.json</c> as the SDK does (sdk-spec §3.1): compact, keys in the SDK's order, step results in
/// topological order, disabled steps without times, and the run's partial datasets.
/// </summary>
public static class SummaryWriter
{
    public const string FileName = "summary.json";

    public static void Write(string directory, RunResult run)
    {
        Directory.CreateDirectory(directory);
        using var stream = File.Create(Path.Combine(directory, FileName));
        using var writer = new Utf8JsonWriter(stream, GraphObjectJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartArray("integrationStepResults");
        foreach (var step in run.Steps)
        {
            WriteStep(writer, step);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("metadata");
        writer.WriteStartObject("partialDatasets");
        WriteStrings(writer, "types", run.PartialTypes);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteStep(Utf8JsonWriter writer, StepResult step)
    {
        writer.WriteStartObject();
        writer.WriteString("id", step.Id);
        writer.WriteString("name", step.Name);
        if (step.DependsOn.Count > 0)
        {
            WriteStrings(writer, "dependsOn", step.DependsOn);
        }

        WriteStrings(writer, "declaredTypes", step.DeclaredTypes);
        WriteStrings(writer, "partialTypes", step.PartialTypes);
        WriteStrings(writer, "encounteredTypes", step.EncounteredTypes);
        writer.WriteStartObject("encounteredTypeCounts");
        foreach (var (type, count) in step.EncounteredTypeCounts)
        {
            writer.WriteNumber(type, count);
        }

        writer.WriteEndObject();
        writer.WriteString("status", step.Status.ToWire());
        if (step.StartTime is { } start && step.EndTime is { } end)
        {
            writer.WriteNumber("startTime", start.ToUnixTimeMilliseconds());
            writer.WriteNumber("endTime", end.ToUnixTimeMilliseconds());
            writer.WriteNumber("duration", end.ToUnixTimeMilliseconds() - start.ToUnixTimeMilliseconds());
        }

        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
