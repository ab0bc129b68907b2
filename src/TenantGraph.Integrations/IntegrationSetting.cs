namespace TenantGraph.Integrations;

/// <summary>A configuration field of an integration (inside an instance's <c>settings</c>).</summary>
public sealed record IntegrationSetting(string Name, SettingKind Kind, bool Optional, string Description);

public enum SettingKind
{
    String,
    Boolean,
    StringList,
}
