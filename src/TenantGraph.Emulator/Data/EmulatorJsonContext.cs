using System.Text.Json.Serialization;

namespace TenantGraph.Emulator.Data;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TenantInfo))]
internal sealed partial class EmulatorJsonContext : JsonSerializerContext;
