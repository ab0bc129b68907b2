namespace TenantGraph.Emulator.Data;

/// <summary>
/// An application the tenant knows. Granted permissions mix Graph and Defender application permissions
/// (dotted names such as <c>User.Read.All</c>, which each API checks against its own route table) and
/// Azure RBAC actions (names with a slash, such as <c>*/read</c> or <c>Microsoft.Network/networkSecurityGroups/read</c>).
/// </summary>
public sealed record AppRegistration
{
    public required string ClientId { get; init; }

    public string DisplayName { get; init; } = "TenantGraph collector";

    /// <summary>Object id of the app's service principal; ARM names it in AuthorizationFailed messages.</summary>
    public string ObjectId { get; init; } = Guid.Empty.ToString();

    /// <summary>A secret for emulator use only; never a real credential.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>PEM certificates whose keys may sign client assertions.</summary>
    public IReadOnlyList<string> CertificatesPem { get; init; } = [];

    public IReadOnlyList<string> GrantedPermissions { get; init; } = [];

    /// <summary>Without admin consent the identity platform still issues a token, but with no roles.</summary>
    public bool AdminConsented { get; init; } = true;

    /// <summary>A disabled app gets AADSTS7000112 from the token endpoint.</summary>
    public bool Enabled { get; init; } = true;
}
