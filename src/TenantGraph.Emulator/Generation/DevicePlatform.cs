namespace TenantGraph.Emulator.Generation;

/// <summary>A kind of device with the enum values Entra, Intune and Defender report for it.</summary>
internal sealed record DevicePlatform(
    string OperatingSystem,
    string OsVersion,
    string IntuneDeviceType,
    string ChassisType,
    string Manufacturer,
    string Model,
    string DefenderPlatform,
    string NamePrefix)
{
    public static IReadOnlyList<DevicePlatform> All { get; } =
    [
        new("Windows", "10.0.22631.3447", "windowsRT", "laptop", "Dell Inc.", "Latitude 7440", "Windows11", "LAPTOP"),
        new("Windows", "10.0.22631.3737", "windowsRT", "laptop", "LENOVO", "ThinkPad T14 Gen 4", "Windows11", "LAPTOP"),
        new("Windows", "10.0.19045.4291", "desktop", "desktop", "HP", "HP EliteDesk 800 G6", "Windows10", "DESKTOP"),
        new("macOS", "14.4.1 (23E224)", "macMDM", "laptop", "Apple", "MacBookPro18,3", "macOS", "MAC"),
        new("iOS", "17.4.1", "iPhone", "phone", "Apple", "iPhone 15", "iOS", "IPHONE"),
        new("Android", "14", "androidEnterprise", "phone", "Google", "Pixel 8", "Android", "ANDROID"),
        new("Linux", "22.04", "linux", "desktop", "Microsoft Corporation", "Virtual Machine", "Ubuntu", "LINUX"),
    ];
}
