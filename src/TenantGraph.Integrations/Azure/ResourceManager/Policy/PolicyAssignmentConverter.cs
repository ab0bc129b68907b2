using System.Text.Json;
using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Integrations.Azure.ResourceManager.Shared;

namespace TenantGraph.Integrations.Azure.ResourceManager.Policy;

/// <summary>azure-spec §5.8 <c>azure_policy_assignment</c>; primitive parameter values become <c>parameters.&lt;name&gt;</c>.</summary>
internal static class PolicyAssignmentConverter
{
    private static readonly EntityMap<PolicyAssignment> Map = new(PolicyTypes.Assignment)
    {
        Key = a => a.Id,
        CopySourceProperties = false,
        Properties =
        {
            ["id"] = a => a.Id,
            ["name"] = a => a.Properties?.DisplayName ?? a.Name,
            ["displayName"] = a => a.Properties?.DisplayName ?? a.Name,
            ["type"] = a => a.Type,
            ["description"] = a => a.Properties?.Description,
            ["scope"] = a => a.Properties?.Scope,
            ["notScopes"] = a => a.Properties?.NotScopes,
            ["policyDefinitionId"] = a => a.Properties?.PolicyDefinitionId,
            ["enforcementMode"] = a => a.Properties?.EnforcementMode,
            ["assignedBy"] = a => a.Properties?.Metadata?.AssignedBy,
            ["createdBy"] = a => a.Properties?.Metadata?.CreatedBy,
            ["createdOn"] = a => a.Properties?.Metadata?.CreatedOn,
            ["updatedBy"] = a => a.Properties?.Metadata?.UpdatedBy,
            ["updatedOn"] = a => a.Properties?.Metadata?.UpdatedOn,
        },
    };

    public static Entity ToEntity(ApiObject<PolicyAssignment> assignment, PortalLinks links)
    {
        var entity = Map.Build(assignment);
        entity.Properties.Set("webLink", links.For(assignment.Value.Id));
        foreach (var (name, parameter) in assignment.Value.Properties?.Parameters ?? new Dictionary<string, JsonElement>())
        {
            if (parameter.ValueKind == JsonValueKind.Object && parameter.TryGetProperty("value", out var value)
                && value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
                && PropertyName(name))
            {
                entity.Properties.Set($"parameters.{name}", value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDouble(),
                    _ => value.GetBoolean(),
                });
            }
        }

        return entity;
    }

    private static bool PropertyName(string name) => name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or ' ' or '-');
}
