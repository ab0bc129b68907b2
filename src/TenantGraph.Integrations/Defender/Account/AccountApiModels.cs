using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Defender.Account;

/// <summary>The fields of Graph's <c>organization</c> the account reads.</summary>
internal sealed record Organization(string Id, string? DisplayName, IReadOnlyList<VerifiedDomain>? VerifiedDomains);

internal sealed record VerifiedDomain(string? Name, bool? IsDefault);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Organization))]
internal sealed partial class AccountJsonContext : JsonSerializerContext;
