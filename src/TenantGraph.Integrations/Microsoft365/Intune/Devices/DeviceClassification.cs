namespace TenantGraph.Integrations.Microsoft365.Intune.Devices;

/// <summary>Which managed-device <c>_type</c> an Intune device becomes (spec A5.5), in upstream's rule order.</summary>
internal static class DeviceClassification
{
    private static readonly HashSet<string> Desktops = new(StringComparer.Ordinal) { "desktop", "mac", "unix", "linux" };

    private static readonly HashSet<string> Smartphones = new(StringComparer.Ordinal)
    {
        "winMO6", "nokia", "iPhone", "iPod", "android", "androidForWork", "androidEnterprise", "androidnGMS", "blackberry", "palm",
    };

    private static readonly HashSet<string> Workstations = new(StringComparer.Ordinal) { "winCE", "winEmbedded" };

    private static readonly HashSet<string> Laptops = new(StringComparer.Ordinal) { "macMDM", "windows10x" };

    /// <summary>Null when the model is unknown; otherwise whether the device is not a virtual machine.</summary>
    public static bool? IsPhysical(string? model) => string.IsNullOrEmpty(model) ? null : model != "Virtual Machine";

    public static string TypeOf(string? deviceType, bool? physical)
    {
        if (physical != true)
        {
            return IntuneTypes.Server.Type;
        }

        return deviceType switch
        {
            { } t when Desktops.Contains(t) => IntuneTypes.Desktop.Type,
            // windowsRT became a user endpoint in upstream 6.0.0 (it was a smartphone).
            "windowsRT" => IntuneTypes.UserEndpoint.Type,
            { } t when Smartphones.Contains(t) => IntuneTypes.Smartphone.Type,
            { } t when Workstations.Contains(t) => IntuneTypes.Workstation.Type,
            { } t when Laptops.Contains(t) => IntuneTypes.Laptop.Type,
            "cloudPC" => IntuneTypes.Server.Type,
            _ => IntuneTypes.UserEndpoint.Type,
        };
    }
}
