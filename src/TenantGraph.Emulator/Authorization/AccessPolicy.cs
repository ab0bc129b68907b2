using TenantGraph.Emulator.Identity;
using TenantGraph.Emulator.Serving;

namespace TenantGraph.Emulator.Authorization;

/// <summary>
/// Decides whether a token's roles allow a call. The fault deny list is applied here, at request time,
/// so a permission can be withdrawn from a running emulator without new tokens.
/// </summary>
internal static class AccessPolicy
{
    private const string AuditLogRead = "AuditLog.Read.All";

    public static ApiResponse? Check(ApiRequest request, AccessTokenClaims claims, IReadOnlyList<string> denied, DateTimeOffset now)
    {
        var segments = request.Segments;
        switch (request.Api)
        {
            case EmulatorApi.Graph:
            {
                var rule = GraphPermissions.Rules.First(r => r.Matches(segments.AsSpan(2)));
                if (HasAny(claims, rule.AnyOf, denied))
                {
                    // signInActivity comes from the sign-in logs: the user permission alone does not reveal it.
                    return !ReadsSignInActivity(request) || HasAny(claims, [AuditLogRead], denied)
                        ? null
                        : ErrorBodies.Graph(403, "Authentication_MSGraphPermissionMissing",
                            $"Calling principal does not have required MSGraph permissions {AuditLogRead}", request, now);
                }

                return segments.Length > 2 && segments[2].Equals("reports", StringComparison.OrdinalIgnoreCase)
                    ? ErrorBodies.Graph(403, "Authentication_MSGraphPermissionMissing", $"Calling principal does not have required MSGraph permissions {rule.AnyOf[0]}", request, now)
                    : ErrorBodies.Graph(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.", request, now);
            }

            case EmulatorApi.Defender:
            {
                var rule = DefenderPermissions.Rules.First(r => r.Matches(segments.AsSpan(2)));
                return HasAny(claims, rule.AnyOf, denied)
                    ? null
                    : ErrorBodies.Defender(403, "Forbidden",
                        $"The application does not have any of the required application permissions ({string.Join(", ", rule.AnyOf.Reverse())}) to access the resource.", request);
            }

            case EmulatorApi.Arm:
            {
                if (ArmActions.For(segments[1..]) is not var (action, scope))
                {
                    return null;
                }

                var granted = claims.Roles.Any(r => r.Contains('/', StringComparison.Ordinal) || r == "*") && claims.Roles.Any(r => ArmActions.Grants(r, action));
                var isDenied = denied.Any(d => ArmActions.Grants(d, action));
                return granted && !isDenied
                    ? null
                    : ErrorBodies.Arm(403, "AuthorizationFailed",
                        $"The client '{claims.AppId}' with object id '{claims.ObjectId}' does not have authorization to perform action '{action}' over scope '{scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.");
            }

            default:
                return null;
        }
    }

    /// <summary>A users read that selects or filters on <c>signInActivity</c> (users, a user; not their navigations).</summary>
    public static bool ReadsSignInActivity(ApiRequest request)
    {
        var segments = request.Segments;
        return request.Api == EmulatorApi.Graph && segments.Length is 3 or 4 && segments[2].Equals("users", StringComparison.OrdinalIgnoreCase)
            && ((request.Query.Select?.Contains("signInActivity", StringComparer.OrdinalIgnoreCase) ?? false)
                || (request.Query["filter"]?.Contains("signInActivity", StringComparison.OrdinalIgnoreCase) ?? false));
    }

    private static bool HasAny(AccessTokenClaims claims, IReadOnlyList<string> anyOf, IReadOnlyList<string> denied) =>
        anyOf.Any(p => claims.Roles.Contains(p, StringComparer.OrdinalIgnoreCase) && !denied.Contains(p, StringComparer.OrdinalIgnoreCase));
}
