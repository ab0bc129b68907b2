using TenantGraph.Core.Errors;

namespace TenantGraph.Integrations.Microsoft365;

/// <summary>An instance's microsoft-365 settings, validated (spec A1): the severity filter and opt-in device raw data.</summary>
internal sealed record Microsoft365Options(IReadOnlySet<string>? VulnerabilitySeverities, bool EnableRawData)
{
    public const string VulnerabilitySeveritiesKey = "vulnerabilitySeverities";
    public const string EnableRawDataKey = "enableRawData";

    /// <summary>The values upstream accepts, case-sensitive (spec A1 step 3).</summary>
    public static readonly IReadOnlyList<string> Severities = ["informational", "low", "medium", "high", "critical", "unknown"];

    public static IReadOnlyList<IntegrationSetting> Declared { get; } =
    [
        new(VulnerabilitySeveritiesKey, SettingKind.StringList, Optional: true,
            "Only noncompliance findings of these severities (informational, low, medium, high, critical, unknown)"),
        new(EnableRawDataKey, SettingKind.Boolean, Optional: true, "Keep each managed device's Graph JSON as _rawData"),
    ];

    /// <exception cref="ConfigurationException">A severity is not one of <see cref="Severities"/>.</exception>
    public static Microsoft365Options From(IntegrationSettings settings)
    {
        // Upstream strips all whitespace before splitting, so " high , critical" is accepted.
        var given = settings.GetStringList(VulnerabilitySeveritiesKey)
            .Select(s => string.Concat(s.Where(c => !char.IsWhiteSpace(c))))
            .Where(s => s.Length > 0)
            .ToArray();
        var invalid = given.Where(s => !Severities.Contains(s, StringComparer.Ordinal)).ToArray();
        if (invalid.Length > 0)
        {
            throw new ConfigurationException(VulnerabilitySeveritiesKey, "settings",
                $"Severity - {invalid[0]} - is not valid. Valid vulnerability severities include {string.Join(",", Severities)}");
        }

        return new Microsoft365Options(given.Length == 0 ? null : given.ToHashSet(StringComparer.Ordinal),
            settings.GetBoolean(EnableRawDataKey, defaultValue: false));
    }

    public bool IncludesSeverity(string severity) => VulnerabilitySeverities is null || VulnerabilitySeverities.Contains(severity);
}
