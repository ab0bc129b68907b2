using System.Globalization;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>Entra ID: organization, domains, users, groups with nested memberships, devices (v1.0 shapes).</summary>
internal static class EntraGenerator
{
    public static void Generate(GeneratorContext context)
    {
        var options = context.Options;
        var data = context.Data;
        data.Add("graph/v1.0/organization", Organization(context));
        data.Add("graph/v1.0/domains", new JsonObject
        {
            ["authenticationType"] = "Managed", ["availabilityStatus"] = null, ["id"] = context.Domain, ["isAdminManaged"] = true,
            ["isDefault"] = true, ["isInitial"] = true, ["isRoot"] = true, ["isVerified"] = true,
            ["supportedServices"] = new JsonArray("Email", "OfficeCommunicationsOnline", "Intune"),
        });

        for (var i = 0; i < options.Users; i++)
        {
            data.Add("graph/v1.0/users", User(context, i));
        }

        for (var i = 0; i < options.Groups; i++)
        {
            data.Add("graph/v1.0/groups", Group(context, i));
        }

        Memberships(context);
        // Every Intune managed device is also an Entra device, so there are at least as many of the latter.
        for (var i = 0; i < Math.Max(options.Devices, options.ManagedDevices); i++)
        {
            data.Add("graph/v1.0/devices", Device(context, i));
        }

        DeviceMemberships(context);
    }

    /// <summary>The first devices join the last group, a device group as policies target them: members that are neither users nor groups.</summary>
    private static void DeviceMemberships(GeneratorContext context)
    {
        if (context.GroupIds.Count == 0)
        {
            return;
        }

        foreach (var device in context.Devices.Take(context.Options.GroupDeviceMembers))
        {
            context.Data.Add($"graph/v1.0/groups/{context.GroupIds[^1]}/members", new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.device", ["id"] = device.ObjectId, ["deviceId"] = device.DeviceId, ["displayName"] = device.Name,
                ["accountEnabled"] = true, ["operatingSystem"] = device.Platform.OperatingSystem, ["operatingSystemVersion"] = device.Platform.OsVersion,
                ["trustType"] = device.Platform.OperatingSystem == "Windows" ? "AzureAd" : "Workplace",
            });
        }
    }

    private static JsonObject Organization(GeneratorContext context) => new()
    {
        ["id"] = context.Options.TenantId,
        ["deletedDateTime"] = null,
        ["businessPhones"] = new JsonArray("+1 425 555 0100"),
        ["city"] = "Redmond",
        ["country"] = null,
        ["countryLetterCode"] = "US",
        ["createdDateTime"] = "2019-03-14T17:22:05Z",
        ["displayName"] = context.Options.TenantName,
        ["marketingNotificationEmails"] = new JsonArray(),
        ["mobileDeviceManagementAuthority"] = context.Options.IntuneLicensed ? "intune" : "unknown",
        ["onPremisesLastSyncDateTime"] = null,
        ["onPremisesSyncEnabled"] = null,
        ["postalCode"] = "98052",
        ["preferredLanguage"] = "en",
        ["privacyProfile"] = null,
        ["securityComplianceNotificationMails"] = new JsonArray(),
        ["securityComplianceNotificationPhones"] = new JsonArray(),
        ["state"] = "WA",
        ["street"] = "1 Microsoft Way",
        ["technicalNotificationMails"] = new JsonArray($"admin@{context.Domain}"),
        ["tenantType"] = "AAD",
        ["directorySizeQuota"] = new JsonObject { ["used"] = context.Options.Users + context.Options.Groups + context.Options.Devices, ["total"] = 300000 },
        ["assignedPlans"] = new JsonArray(),
        ["provisionedPlans"] = new JsonArray(),
        ["verifiedDomains"] = new JsonArray(new JsonObject
        {
            ["capabilities"] = "Email, OfficeCommunicationsOnline", ["isDefault"] = true, ["isInitial"] = true, ["name"] = context.Domain, ["type"] = "Managed",
        }),
    };

    private static JsonObject User(GeneratorContext context, int index)
    {
        var given = context.Pick(Names.Given);
        var family = context.Pick(Names.Family);
        var upn = $"{given.ToLowerInvariant()}.{family.ToLowerInvariant()}{index.ToString(CultureInfo.InvariantCulture)}@{context.Domain}";
        var department = context.Pick(Names.Departments);
        var jobTitle = context.Pick(Names.JobTitles);
        var user = new GeneratedUser(context.NewGuid(), $"{given} {family}", upn, jobTitle);
        context.Users.Add(user);
        var isGuest = context.Chance(0.05);
        return new JsonObject
        {
            ["businessPhones"] = new JsonArray($"+1 425 555 {context.Random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture)}"),
            ["displayName"] = user.DisplayName,
            ["givenName"] = given,
            ["jobTitle"] = jobTitle,
            ["mail"] = upn,
            ["mobilePhone"] = null,
            ["officeLocation"] = context.Pick(Names.Cities),
            ["preferredLanguage"] = "en-US",
            ["surname"] = family,
            ["userPrincipalName"] = isGuest ? upn.Replace("@", "_partner.com#EXT#@", StringComparison.Ordinal) : upn,
            ["id"] = user.Id,
            ["accountEnabled"] = !context.Chance(0.08),
            ["createdDateTime"] = context.DaysAgo(1500, 30),
            ["department"] = department,
            ["employeeId"] = (100000 + index).ToString(CultureInfo.InvariantCulture),
            ["usageLocation"] = "US",
            ["userType"] = isGuest ? "Guest" : "Member",
            ["onPremisesSyncEnabled"] = context.Chance(0.3) ? true : null,
        };
    }

    private static JsonObject Group(GeneratorContext context, int index)
    {
        var id = context.NewGuid();
        context.GroupIds.Add(id);
        var topic = Names.GroupTopics[index % Names.GroupTopics.Length] + (index >= Names.GroupTopics.Length ? $" {index / Names.GroupTopics.Length}" : string.Empty);
        var unified = context.Chance(0.3);
        var nickname = topic.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return new JsonObject
        {
            ["id"] = id,
            ["deletedDateTime"] = null,
            ["classification"] = null,
            ["createdDateTime"] = context.DaysAgo(1200, 10),
            ["creationOptions"] = new JsonArray(),
            ["description"] = $"{topic} members",
            ["displayName"] = topic,
            ["expirationDateTime"] = null,
            ["groupTypes"] = unified ? new JsonArray("Unified") : new JsonArray(),
            ["isAssignableToRole"] = null,
            ["mail"] = unified ? $"{nickname}@{context.Domain}" : null,
            ["mailEnabled"] = unified,
            ["mailNickname"] = nickname,
            ["membershipRule"] = null,
            ["membershipRuleProcessingState"] = null,
            ["onPremisesSyncEnabled"] = null,
            ["preferredDataLocation"] = null,
            ["proxyAddresses"] = new JsonArray(),
            ["renewedDateTime"] = context.DaysAgo(300),
            ["resourceBehaviorOptions"] = new JsonArray(),
            ["resourceProvisioningOptions"] = new JsonArray(),
            ["securityEnabled"] = !unified || context.Chance(0.5),
            ["securityIdentifier"] = $"S-1-12-1-{context.Random.Next().ToString(CultureInfo.InvariantCulture)}-{context.Random.Next().ToString(CultureInfo.InvariantCulture)}",
            ["theme"] = null,
            ["visibility"] = unified ? "Private" : null,
            ["onPremisesProvisioningErrors"] = new JsonArray(),
        };
    }

    /// <summary>Users spread over groups with a skew (a few big groups); some groups nest in earlier ones, so there are no cycles.</summary>
    private static void Memberships(GeneratorContext context)
    {
        var groups = context.GroupIds;
        if (groups.Count == 0 || context.Users.Count == 0)
        {
            return;
        }

        var members = groups.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        var nested = 0;
        for (var child = 1; child < groups.Count && nested < context.Options.Memberships; child++)
        {
            if (context.Chance(context.Options.NestedGroupShare))
            {
                var parent = context.Random.Next(child);
                members[parent].Add(groups[child]);
                context.Data.Add($"graph/v1.0/groups/{groups[parent]}/members", new JsonObject
                {
                    ["@odata.type"] = "#microsoft.graph.group",
                    ["id"] = groups[child],
                    ["displayName"] = null,
                    ["securityEnabled"] = true,
                    ["mailEnabled"] = false,
                });
                nested++;
            }
        }

        var userCount = context.Users.Count;
        var remaining = context.Options.Memberships - nested;
        for (var attempts = 0; remaining > 0 && attempts < context.Options.Memberships * 4; attempts++)
        {
            // Squaring a uniform draw favours low indexes: the first groups are the large ones.
            var group = (int)(Math.Pow(context.Random.NextDouble(), 2) * groups.Count);
            var user = context.Users[context.Random.Next(userCount)];
            if (!members[group].Add(user.Id))
            {
                continue;
            }

            var parts = user.DisplayName.Split(' ');
            context.Data.Add($"graph/v1.0/groups/{groups[group]}/members", new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.user",
                ["id"] = user.Id,
                ["businessPhones"] = new JsonArray(),
                ["displayName"] = user.DisplayName,
                ["givenName"] = parts[0],
                ["jobTitle"] = user.JobTitle,
                ["mail"] = user.UserPrincipalName,
                ["mobilePhone"] = null,
                ["officeLocation"] = null,
                ["preferredLanguage"] = null,
                ["surname"] = parts[^1],
                ["userPrincipalName"] = user.UserPrincipalName,
            });
            remaining--;
        }
    }

    private static JsonObject Device(GeneratorContext context, int index)
    {
        var platform = context.Pick(DevicePlatform.All);
        var owner = context.Pick(context.Users);
        var name = $"{platform.NamePrefix}-{context.Hex(3).ToUpperInvariant()}";
        var device = new GeneratedDevice(context.NewGuid(), context.NewGuid(), name, platform, owner);
        context.Devices.Add(device);
        var isWindows = platform.OperatingSystem == "Windows";
        return new JsonObject
        {
            ["id"] = device.ObjectId,
            ["deletedDateTime"] = null,
            ["accountEnabled"] = true,
            ["approximateLastSignInDateTime"] = context.DaysAgo(30),
            ["complianceExpirationDateTime"] = null,
            ["createdDateTime"] = context.DaysAgo(900, 30),
            ["deviceCategory"] = null,
            ["deviceId"] = device.DeviceId,
            ["deviceMetadata"] = null,
            ["deviceOwnership"] = platform.ChassisType == "phone" && context.Chance(0.5) ? "Personal" : "Company",
            ["deviceVersion"] = 2,
            ["displayName"] = name,
            ["domainName"] = null,
            ["enrollmentProfileName"] = null,
            ["enrollmentType"] = isWindows ? "AzureDomainJoined" : "UserEnrollment",
            ["externalSourceName"] = null,
            ["isCompliant"] = index < context.Options.ManagedDevices ? context.Chance(0.8) : null,
            ["isManaged"] = index < context.Options.ManagedDevices,
            ["isRooted"] = false,
            ["managementType"] = index < context.Options.ManagedDevices ? "MDM" : null,
            ["manufacturer"] = platform.Manufacturer,
            ["mdmAppId"] = index < context.Options.ManagedDevices ? "0000000a-0000-0000-c000-000000000000" : null,
            ["model"] = platform.Model,
            ["onPremisesLastSyncDateTime"] = null,
            ["onPremisesSyncEnabled"] = null,
            ["operatingSystem"] = platform.OperatingSystem,
            ["operatingSystemVersion"] = platform.OsVersion,
            ["physicalIds"] = new JsonArray(),
            ["profileType"] = "RegisteredDevice",
            ["registrationDateTime"] = context.DaysAgo(900, 30),
            ["sourceType"] = null,
            ["systemLabels"] = new JsonArray(),
            ["trustType"] = isWindows ? "AzureAd" : "Workplace",
            ["extensionAttributes"] = new JsonObject { ["extensionAttribute1"] = null, ["extensionAttribute2"] = null },
            ["alternativeSecurityIds"] = new JsonArray(),
        };
    }
}
