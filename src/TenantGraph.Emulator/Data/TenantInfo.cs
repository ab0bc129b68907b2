namespace TenantGraph.Emulator.Data;

/// <summary>The tenant-wide facts kept in <c>tenant.json</c>.</summary>
public sealed record TenantInfo
{
    public required string TenantId { get; init; }

    public string DisplayName { get; init; } = "Contoso";

    /// <summary>Domain names that the token endpoint accepts in place of the tenant id.</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>False makes every Intune path answer "Request not applicable to target tenant." (m365 spec A3.1).</summary>
    public bool IntuneLicensed { get; init; } = true;

    /// <summary>
    /// Entra ID P1/P2. False makes reads of users' <c>signInActivity</c> answer 403 "Neither tenant is B2C or
    /// tenant doesn't have premium license" (m365 spec A3.2).
    /// </summary>
    public bool PremiumLicensed { get; init; } = true;

    public IReadOnlyList<AppRegistration> Apps { get; init; } = [];
}
