using System.Globalization;
using System.Text.Json.Nodes;

namespace TenantGraph.Emulator.Generation;

/// <summary>
/// Defender for Cloud's contact and assessments of the VMs, Advisor's recommendations from those assessments,
/// policy assignments at subscription and resource-group scope, and the subscription's classic administrators.
/// </summary>
internal static class AzureSecurityGenerator
{
    private static readonly (string Key, string DisplayName, string Severity, string Category, string Solution)[] Assessments =
    [
        ("805651bc-6ecd-4c73-9b55-97a19d0582d0", "Management ports of virtual machines should be protected with just-in-time network access control", "High", "Networking", "Enable JIT network access control"),
        ("d57a4221-a804-52ca-3dea-768284f06bb7", "Virtual machines should encrypt temp disks, caches, and data flows between Compute and Storage resources", "High", "Data", "Enable encryption at host"),
        ("4ab6e3c5-74dd-8b35-9ab9-f61b30875b27", "System updates should be installed on your machines", "Medium", "Compute", "Install the missing system updates"),
        ("483f12ed-ae23-447e-a2de-a67a10db4353", "Machines should have a vulnerability assessment solution", "Medium", "Compute", "Deploy the integrated vulnerability scanner"),
    ];

    private static readonly (string Name, string DisplayName, string DefinitionId)[] Policies =
    [
        ("SecurityCenterBuiltIn", "ASC Default", "/providers/Microsoft.Authorization/policySetDefinitions/1f3afdf9-d0c9-4c3d-847f-89da613e70a8"),
        ("require-tag-environment", "Require an environment tag on resource groups", "/providers/Microsoft.Authorization/policyDefinitions/96670d01-0a4d-4649-9c89-2d3abc0a5025"),
        ("allowed-locations", "Allowed locations", "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c"),
        ("storage-secure-transfer", "Secure transfer to storage accounts should be enabled", "/providers/Microsoft.Authorization/policyDefinitions/404c3081-a854-4457-ae30-26a93ef643f9"),
    ];

    public static void Generate(GeneratorContext context, string subscription, IReadOnlyList<(string Name, string Location)> groups)
    {
        var provider = $"arm/subscriptions/{subscription}/providers";
        context.Data.Add($"{provider}/Microsoft.Security/securityContacts", new JsonObject
        {
            ["id"] = $"/subscriptions/{subscription}/providers/Microsoft.Security/securityContacts/default1", ["name"] = "default1",
            ["type"] = "Microsoft.Security/securityContacts",
            ["properties"] = new JsonObject
            {
                ["email"] = $"secops@{context.Domain}", ["phone"] = "+1 425 555 0100", ["alertNotifications"] = "On", ["alertsToAdmins"] = context.Chance(0.5) ? "On" : "Off",
            },
        });

        var vms = ArmResources.Listed(context, subscription, "Microsoft.Compute/virtualMachines");
        // Each VM in turn, then the next assessment for each: a resource is assessed once for each assessment at most.
        var targets = Math.Max(1, vms.Count);
        for (var i = 0; i < Math.Min(context.Options.ServicesPerType, targets * Assessments.Length); i++)
        {
            var resource = vms.Count > 0 ? vms[i % targets]["id"]!.GetValue<string>() : $"/subscriptions/{subscription}"; // generated resources have ids
            Assess(context, subscription, resource, Assessments[i / targets], healthy: i % 3 == 2);
        }

        for (var i = 0; i < context.Options.ServicesPerType; i++)
        {
            Policy(context, subscription, groups, i);
        }

        var users = context.Users;
        if (users.Count > 0)
        {
            var admin = context.Pick(users).UserPrincipalName;
            var coAdmin = context.Pick(users).UserPrincipalName;
            foreach (var (email, role) in new[] { (admin, "ServiceAdministrator;AccountAdministrator"), (coAdmin, "CoAdministrator") })
            {
                var name = context.NewGuid();
                context.Data.Add($"{provider}/Microsoft.Authorization/classicAdministrators", new JsonObject
                {
                    ["properties"] = new JsonObject { ["emailAddress"] = email, ["role"] = role },
                    ["id"] = $"/subscriptions/{subscription}/providers/Microsoft.Authorization/classicAdministrators/{name}", ["name"] = name,
                    ["type"] = "Microsoft.Authorization/classicAdministrators",
                });
            }
        }
    }

    private static void Assess(GeneratorContext context, string subscription, string resource, (string Key, string DisplayName, string Severity, string Category, string Solution) assessment, bool healthy)
    {
        var id = $"{resource}/providers/Microsoft.Security/assessments/{assessment.Key}";
        context.Data.Add($"arm/subscriptions/{subscription}/providers/Microsoft.Security/assessments", new JsonObject
        {
            ["type"] = "Microsoft.Security/assessments", ["id"] = id, ["name"] = assessment.Key,
            ["properties"] = new JsonObject
            {
                ["resourceDetails"] = new JsonObject { ["Source"] = "Azure", ["Id"] = resource },
                ["displayName"] = assessment.DisplayName,
                ["status"] = healthy
                    ? new JsonObject { ["code"] = "Healthy" }
                    : new JsonObject { ["code"] = "Unhealthy", ["cause"] = "OffByPolicy", ["description"] = "The resource does not meet the recommendation" },
                ["metadata"] = new JsonObject
                {
                    ["displayName"] = assessment.DisplayName, ["assessmentType"] = "BuiltIn", ["severity"] = assessment.Severity,
                    ["categories"] = new JsonArray(assessment.Category), ["userImpact"] = "Low", ["implementationEffort"] = "Low",
                    ["policyDefinitionId"] = $"/providers/Microsoft.Authorization/policyDefinitions/{context.NewGuid()}",
                },
            },
        });
        if (healthy)
        {
            return;
        }

        var segments = resource.Split('/');
        context.Data.Add($"arm/subscriptions/{subscription}/providers/Microsoft.Advisor/recommendations", new JsonObject
        {
            ["id"] = $"{resource}/providers/Microsoft.Advisor/recommendations/{context.NewGuid()}", ["type"] = "Microsoft.Advisor/recommendations",
            ["name"] = context.NewGuid(),
            ["properties"] = new JsonObject
            {
                ["category"] = "Security", ["impact"] = assessment.Severity == "High" ? "High" : "Medium",
                ["impactedField"] = segments.Length > 7 ? $"{segments[6]}/{segments[7]}" : "Microsoft.Subscriptions/subscriptions", ["impactedValue"] = segments[^1],
                ["lastUpdated"] = context.DaysAgo(7),
                ["recommendationTypeId"] = assessment.Key,
                ["shortDescription"] = new JsonObject { ["problem"] = assessment.DisplayName, ["solution"] = assessment.Solution },
                ["extendedProperties"] = new JsonObject { ["assessmentKey"] = assessment.Key, ["score"] = context.Pick(["2", "4.5", "7.5"]) },
                ["resourceMetadata"] = new JsonObject { ["resourceId"] = resource, ["source"] = $"{resource}/providers/Microsoft.Security/assessments/{assessment.Key}" },
            },
        });
    }

    private static void Policy(GeneratorContext context, string subscription, IReadOnlyList<(string Name, string Location)> groups, int index)
    {
        var policy = Policies[index % Policies.Length];
        var scope = index % 2 == 0 ? $"/subscriptions/{subscription}" : $"/subscriptions/{subscription}/resourceGroups/{groups[index % groups.Count].Name}";
        var name = index < Policies.Length ? policy.Name : $"{policy.Name}-{index.ToString(CultureInfo.InvariantCulture)}";
        context.Data.Add($"arm/subscriptions/{subscription}/providers/Microsoft.Authorization/policyAssignments", new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["displayName"] = policy.DisplayName, ["policyDefinitionId"] = policy.DefinitionId, ["scope"] = scope, ["notScopes"] = new JsonArray(),
                ["parameters"] = index % Policies.Length == 2
                    ? new JsonObject { ["listOfAllowedLocations"] = new JsonObject { ["value"] = new JsonArray([.. Names.Locations.Take(2).Select(l => JsonValue.Create(l))]) } }
                    : new JsonObject(),
                ["description"] = null, ["enforcementMode"] = context.Chance(0.7) ? "Default" : "DoNotEnforce",
                ["metadata"] = new JsonObject { ["assignedBy"] = "Security Admin", ["createdBy"] = context.NewGuid(), ["createdOn"] = context.DaysAgo(500, 30) },
            },
            ["id"] = $"{scope}/providers/Microsoft.Authorization/policyAssignments/{name}", ["type"] = "Microsoft.Authorization/policyAssignments", ["name"] = name,
            ["location"] = index == 0 ? groups[0].Location : null,
            ["identity"] = index == 0 ? new JsonObject { ["type"] = "SystemAssigned", ["principalId"] = context.NewGuid(), ["tenantId"] = context.Options.TenantId } : null,
        });
    }
}
