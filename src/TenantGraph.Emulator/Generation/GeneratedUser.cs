namespace TenantGraph.Emulator.Generation;

internal sealed record GeneratedUser(string Id, string DisplayName, string UserPrincipalName, string JobTitle);
