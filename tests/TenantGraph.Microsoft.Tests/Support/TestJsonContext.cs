using System.Text.Json.Serialization;

namespace TenantGraph.Microsoft.Tests.Support;

internal sealed record User(string Id, string? DisplayName, string? UserPrincipalName);

internal sealed record Machine(string Id, string? ComputerDnsName);

internal sealed record ResourceGroup(string Id, string Name, string? Location);

internal sealed record DirectoryObject(string Id, string? DisplayName);

/// <summary>Defender's advanced hunting body and answer, whose names are PascalCase.</summary>
internal sealed record HuntingQuery([property: JsonPropertyName("Query")] string Query);

internal sealed record HuntingResult([property: JsonPropertyName("Results")] IReadOnlyList<HuntingRow> Results);

internal sealed record HuntingRow(
    [property: JsonPropertyName("DeviceId")] string DeviceId,
    [property: JsonPropertyName("AccountName")] string AccountName);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(Machine))]
[JsonSerializable(typeof(ResourceGroup))]
[JsonSerializable(typeof(DirectoryObject))]
[JsonSerializable(typeof(HuntingQuery))]
[JsonSerializable(typeof(HuntingResult))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
