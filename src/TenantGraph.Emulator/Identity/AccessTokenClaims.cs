namespace TenantGraph.Emulator.Identity;

/// <summary>What the APIs read from a bearer token the emulator issued.</summary>
internal sealed record AccessTokenClaims(string TenantId, string AppId, string ObjectId, string Audience, IReadOnlyList<string> Roles);
