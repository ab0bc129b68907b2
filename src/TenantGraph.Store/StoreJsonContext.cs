using System.Text.Json.Serialization;
using TenantGraph.Core.Steps;

namespace TenantGraph.Store;

/// <summary>JSON of the <c>runs.step_results</c> and <c>runs.partial_types</c> columns.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(StepResult[]))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
