namespace TenantGraph.Integrations.Microsoft365.Intune.Policies;

/// <summary>What a device's status against a policy means (spec A5.9, A6.3).</summary>
internal static class DeviceStatusRules
{
    private static readonly HashSet<string> Open = new(StringComparer.Ordinal) { "nonCompliant", "error", "conflict", "unknown" };
    private static readonly HashSet<string> Closed = new(StringComparer.Ordinal) { "notApplicable", "compliant", "remediated", "notAssigned" };
    private static readonly HashSet<string> Unrelated = new(StringComparer.Ordinal) { "notAssigned", "notApplicable" };
    private static readonly HashSet<string> UnknownCompliance = new(StringComparer.Ordinal) { "notAssigned", "notApplicable", "unknown" };

    /// <summary>True for open statuses, false for closed ones, null for a missing or unexpected value.</summary>
    public static bool? FindingIsOpen(string? status) =>
        status is null ? null : Open.Contains(status) ? true : Closed.Contains(status) ? false : null;

    public static bool IsExpected(string? status) => status is not null && (Open.Contains(status) || Closed.Contains(status));

    /// <summary>Whether the policy applies to the device at all; a missing status means it does not.</summary>
    public static bool RelatesPolicyToDevice(string? status) => status is not null && !Unrelated.Contains(status);

    /// <summary>Findings are made for open and unexpected statuses, never for closed ones.</summary>
    public static bool MakesFinding(string? status) => status is not null && FindingIsOpen(status) != false;

    public static int NumericSeverity(string? status) => (FindingIsOpen(status), status) switch
    {
        (true, "unknown") => 4,
        (true, _) => 6,
        _ => 1,
    };

    public static string Severity(int numericSeverity) => numericSeverity switch
    {
        0 => "informational",
        < 4 => "low",
        < 6 => "medium",
        < 8 => "high",
        <= 10 => "critical",
        _ => "unknown",
    };

    /// <summary>The <c>compliant</c> flag of an ASSIGNED relationship: unknown where the status says nothing.</summary>
    public static bool? Compliant(string? status) =>
        status is null || UnknownCompliance.Contains(status) ? null : status == "compliant";

    /// <summary>Status ids read <c>{intuneAccountId}_{policyId}_{managedDeviceId}</c>; the device is the last part (spec A10.10).</summary>
    public static string DeviceIdOf(string statusId) => statusId[(statusId.LastIndexOf('_') + 1)..];
}
