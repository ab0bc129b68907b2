namespace TenantGraph.Integrations.Microsoft365;

/// <summary>
/// What the run learned about the tenant before its steps: the instance's name, the Intune enrichment of the account
/// (each value read on its own, so one refused call does not blank the others, spec A10.4), and whether users can be
/// read with <c>signInActivity</c>.
/// </summary>
internal sealed record TenantFacts(string InstanceName, string InstanceId)
{
    public string? IntuneAccountId { get; init; }

    public string? IntuneSubscriptionState { get; init; }

    public string? MobileDeviceManagementAuthority { get; init; }

    public bool SignInActivityAvailable { get; init; }
}
