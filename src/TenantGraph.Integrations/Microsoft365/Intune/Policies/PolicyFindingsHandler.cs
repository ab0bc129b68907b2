using TenantGraph.Core.Graph;
using TenantGraph.Core.Metadata;
using TenantGraph.Core.Steps;
using TenantGraph.Integrations.Microsoft365.Intune.Devices;

namespace TenantGraph.Integrations.Microsoft365.Intune.Policies;

/// <summary>
/// The compliance-policy and device-configuration steps (spec A3.2): the same walk over each policy's device statuses,
/// with a policy ingested only once a collected device is assigned to it, and a finding for each open status that passes
/// the instance's severity filter. Statuses of all policies come through <c>$batch</c>, not one listing per policy.
/// </summary>
internal static class PolicyFindingsHandler
{
    private sealed record PolicyKind(
        Func<IntuneClient, CancellationToken, IAsyncEnumerable<ApiObject<DevicePolicy>>> ListPolicies,
        Func<IntuneClient, IEnumerable<string>, CancellationToken, IAsyncEnumerable<(string, ApiObject<DeviceStatus>)>> ListStatuses,
        Func<ApiObject<DevicePolicy>, Entity> ToEntity,
        Func<string, string, string, string> AssignedKey,
        RelationshipMetadata Assigned,
        RelationshipMetadata Identified);

    private static readonly PolicyKind CompliancePolicies = new(
        (client, ct) => client.ListCompliancePoliciesAsync(ct),
        (client, ids, ct) => client.ListCompliancePolicyDeviceStatusesAsync(ids, ct),
        PolicyConverter.ToCompliancePolicyEntity,
        (_, agentKey, policyKey) => $"{agentKey}|assigned|{policyKey}",
        IntuneTypes.HostAgentAssignedCompliancePolicy,
        IntuneTypes.CompliancePolicyIdentifiedFinding);

    // Upstream keys these edges with the status id first, so that each assignment is unique (3.0.1).
    private static readonly PolicyKind DeviceConfigurations = new(
        (client, ct) => client.ListDeviceConfigurationsAsync(ct),
        (client, ids, ct) => client.ListDeviceConfigurationDeviceStatusesAsync(ids, ct),
        PolicyConverter.ToDeviceConfigurationEntity,
        (statusId, agentKey, configurationKey) => $"{statusId}|{agentKey}|{configurationKey}",
        IntuneTypes.HostAgentAssignedDeviceConfiguration,
        IntuneTypes.DeviceConfigurationIdentifiedFinding);

    public static Task FetchCompliancePoliciesAsync(StepContext context, CancellationToken cancellationToken) =>
        FetchAsync(CompliancePolicies, context, cancellationToken);

    public static Task FetchDeviceConfigurationsAsync(StepContext context, CancellationToken cancellationToken) =>
        FetchAsync(DeviceConfigurations, context, cancellationToken);

    private static async Task FetchAsync(PolicyKind kind, StepContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.Get<IntuneClient>();
        var options = context.Services.Get<Microsoft365Options>();
        var state = context.JobState;
        var policies = new Dictionary<string, ApiObject<DevicePolicy>>(StringComparer.Ordinal);
        await foreach (var policy in kind.ListPolicies(client, cancellationToken))
        {
            policies.TryAdd(policy.Value.Id, policy);
        }

        long skipped = 0;
        long duplicates = 0;
        var related = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var (policyId, status) in kind.ListStatuses(client, policies.Keys, cancellationToken))
        {
            var policy = policies[policyId];
            var deviceId = DeviceStatusRules.DeviceIdOf(status.Value.Id);
            var agentKey = HostAgentConverter.KeyFor(deviceId);
            if (state.FindEntity(deviceId) is not { } device || !state.HasKey(agentKey))
            {
                Microsoft365Log.DeviceStatusSkipped(context.Logger, context.StepId, status.Value.Id, "its device is not in this run");
                skipped++;
                continue;
            }

            if (!DeviceStatusRules.RelatesPolicyToDevice(status.Value.Status))
            {
                continue;
            }

            if (!DeviceStatusRules.IsExpected(status.Value.Status))
            {
                Microsoft365Log.UnexpectedDeviceStatus(context.Logger, status.Value.Status ?? "(none)", status.Value.Id);
            }

            if (related.Add(policyId))
            {
                state.AddEntity(kind.ToEntity(policy));
            }

            var assigned = kind.Assigned.CreateWithKey(agentKey, policyId, kind.AssignedKey(status.Value.Id, agentKey, policyId),
                new PropertyBag
                {
                    ["complianceStatus"] = status.Value.Status,
                    ["compliant"] = DeviceStatusRules.Compliant(status.Value.Status),
                });
            if (state.HasKey(assigned.Key))
            {
                duplicates++;
            }
            else
            {
                state.AddRelationship(assigned);
            }

            if (!DeviceStatusRules.MakesFinding(status.Value.Status)
                || !options.IncludesSeverity(NoncomplianceFindingConverter.SeverityOf(status.Value)))
            {
                continue;
            }

            // Compliance and configuration statuses never share ids, but a policy listed twice would repeat them.
            if (state.HasKey(status.Value.Id))
            {
                duplicates++;
                continue;
            }

            var finding = NoncomplianceFindingConverter.ToEntity(status, policy.Value.DisplayName ?? policyId);
            state.AddEntity(finding);
            state.AddRelationship(kind.Identified.Create(policyId, finding.Key));
            state.AddRelationship(IntuneTypes.DeviceHasFinding[device.Type].Create(device.Key, finding.Key));
        }

        if (policies.Count > related.Count)
        {
            Microsoft365Log.UnrelatedPoliciesSkipped(context.Logger, context.StepId, policies.Count - related.Count);
        }

        if (duplicates > 0)
        {
            Microsoft365Log.DuplicatesSkipped(context.Logger, context.StepId, duplicates, "assignments or findings");
        }

        if (skipped > 0)
        {
            Microsoft365Log.DuplicatesSkipped(context.Logger, context.StepId, skipped, "statuses of devices not in this run");
        }
    }
}
