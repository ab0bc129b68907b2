using TenantGraph.Emulator.Data;

namespace TenantGraph.Emulator.Generation;

/// <summary>Builds a tenant covering every integration, deterministically from <see cref="GeneratorOptions.Seed"/>.</summary>
public static class TenantGenerator
{
    /// <summary>Every permission the collectors need, so a generated tenant can be collected in full.</summary>
    public static IReadOnlyList<string> CollectorPermissions { get; } =
    [
        "User.Read.All", "Group.Read.All", "GroupMember.Read.All", "Directory.Read.All", "Device.Read.All", "Organization.Read.All",
        "AuditLog.Read.All", "Application.Read.All", "RoleManagement.Read.Directory", "Policy.Read.All",
        "DeviceManagementManagedDevices.Read.All", "DeviceManagementConfiguration.Read.All", "DeviceManagementApps.Read.All", "DeviceManagementServiceConfig.Read.All",
        "Machine.Read.All", "Vulnerability.Read.All", "Software.Read.All", "Alert.Read.All", "*/read",
    ];

    public static TenantData Generate(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var data = new TenantData(new TenantInfo
        {
            TenantId = options.TenantId,
            DisplayName = options.TenantName,
            Domains = [$"{options.TenantName.ToLowerInvariant()}.onmicrosoft.com"],
            IntuneLicensed = options.IntuneLicensed,
            Apps =
            [
                new AppRegistration
                {
                    ClientId = options.ClientId,
                    DisplayName = "TenantGraph collector",
                    ObjectId = DerivedGuid(options.ClientId),
                    ClientSecret = options.ClientSecret,
                    GrantedPermissions = CollectorPermissions,
                },
            ],
        });
        var context = new GeneratorContext(options, data);
        EntraGenerator.Generate(context);
        if (options.IntuneLicensed)
        {
            IntuneGenerator.Generate(context);
        }

        DefenderGenerator.Generate(context);
        AzureGenerator.Generate(context);
        ServicePrincipalGenerator.Generate(context); // last, so the earlier families' random draws stay as they were
        return data;
    }

    /// <summary>A stable second GUID for the app's service principal.</summary>
    private static string DerivedGuid(string clientId) =>
        new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(clientId))[..16]).ToString();
}
