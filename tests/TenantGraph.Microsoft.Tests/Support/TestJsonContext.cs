using System.Text.Json.Serialization;

namespace TenantGraph.Microsoft.Tests.Support;

internal sealed record User(string Id, string? DisplayName, string? UserPrincipalName);

internal sealed record Machine(string Id, string? ComputerDnsName);

internal sealed record ResourceGroup(string Id, string Name, string? Location);

internal sealed record DirectoryObject(string Id, string? DisplayName);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(Machine))]
[JsonSerializable(typeof(ResourceGroup))]
[JsonSerializable(typeof(DirectoryObject))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
