using System.Text.Json;
using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Azure.ResourceManager.Network;

/// <summary>
/// The edges of one security group's rules (azure-spec §6.1): one set per rule, port range and target. Private
/// CIDRs become direct edges to the collected subnets with exactly that prefix; everything else is mapped —
/// the Internet to the global <c>internet</c> entity, hosts, public networks and service tags to targets the
/// platform finds or creates. Inbound rules point from the target to the group (REVERSE), outbound ones from the
/// group to the target (FORWARD). All carry <c>_type azure_security_group_rule</c> and the rule's properties.
/// </summary>
internal static class SecurityRuleRelationships
{
    /// <param name="subnetsByCidr">Collected subnet keys by exact address prefix.</param>
    /// <param name="onUnmatchedSubnet">Called with (rule id, prefix) for a private prefix no collected subnet has.</param>
    public static IEnumerable<Relationship> For(string securityGroupKey, NetworkSecurityGroup nsg,
        IReadOnlyDictionary<string, IReadOnlyList<string>> subnetsByCidr, Action<string, string> onUnmatchedSubnet)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in (nsg.Properties?.DefaultSecurityRules ?? []).Concat(nsg.Properties?.SecurityRules ?? []))
        {
            if (rule.Properties is not { } properties)
            {
                continue;
            }

            var verb = SecurityRuleMapping.IsAllow(properties) ? RelationshipClass.Allows : RelationshipClass.Denies;
            var inbound = SecurityRuleMapping.IsInbound(properties);
            foreach (var range in SecurityRuleMapping.PortRanges(properties))
            {
                var prefix = $"{NetworkTypes.SecurityGroupRuleType}:{rule.Id}:{range.Text}";
                foreach (var target in SecurityRuleMapping.TargetPrefixes(properties).Select(SecurityRuleMapping.Classify))
                {
                    foreach (var relationship in Build(securityGroupKey, rule, properties, range, prefix, verb, inbound, target,
                        subnetsByCidr, onUnmatchedSubnet))
                    {
                        if (keys.Add(relationship.Key))
                        {
                            yield return relationship;
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<Relationship> Build(string groupKey, SecurityRule rule, SecurityRuleProperties properties,
        PortRange range, string prefix, RelationshipClass verb, bool inbound, RuleTarget target,
        IReadOnlyDictionary<string, IReadOnlyList<string>> subnetsByCidr, Action<string, string> onUnmatchedSubnet)
    {
        var direction = inbound ? RelationshipDirection.Reverse : RelationshipDirection.Forward;
        switch (target.Kind)
        {
            case RuleTargetKind.PrivateSubnet:
                if (!subnetsByCidr.TryGetValue(target.Prefix, out var subnets))
                {
                    onUnmatchedSubnet(rule.Id, target.Prefix);
                    yield break;
                }

                foreach (var subnetKey in subnets)
                {
                    var (from, fromType, to, toType) = inbound
                        ? (subnetKey, NetworkTypes.Subnet.Type, groupKey, NetworkTypes.SecurityGroup.Type)
                        : (groupKey, NetworkTypes.SecurityGroup.Type, subnetKey, NetworkTypes.Subnet.Type);
                    yield return Relationship.Direct(verb, fromType, from, toType, to, NetworkTypes.SecurityGroupRuleType,
                        key: $"{prefix}:{subnetKey}", properties: Properties(rule, properties, range));
                }

                yield break;
            case RuleTargetKind.Internet:
                yield return Relationship.Mapped(verb,
                    new RelationshipMapping(direction, groupKey, [["_key"]], GlobalEntities.Internet(), SkipTargetCreation: false),
                    NetworkTypes.SecurityGroupRuleType, key: $"{prefix}:internet", properties: Properties(rule, properties, range));
                yield break;
            default:
                var (descriptor, filterKeys) = Descriptor(target);
                var suffix = string.Join(':', filterKeys.Select(k => descriptor[k] as string ?? string.Empty));
                yield return Relationship.Mapped(verb,
                    new RelationshipMapping(direction, groupKey, [filterKeys], descriptor, SkipTargetCreation: false),
                    NetworkTypes.SecurityGroupRuleType, key: $"{prefix}:{suffix}", properties: Properties(rule, properties, range));
                yield break;
        }
    }

    /// <summary>
    /// The reference's target descriptors, in its property order (which is also the key suffix order). The
    /// reference leaves hosts and networks without <c>_type</c>; a mapped target needs one here, so they carry
    /// the generic <c>host</c> / <c>network</c>, which the filter keys do not use.
    /// </summary>
    private static (PropertyBag Descriptor, IReadOnlyList<string> FilterKeys) Descriptor(RuleTarget target) => target.Kind switch
    {
        RuleTargetKind.Host => (new PropertyBag
        {
            ["_class"] = "Host",
            ["ipAddress"] = target.Address,
            ["publicIpAddress"] = SecurityRuleMapping.IsPrivate(target.Address!) ? null : target.Address,
            ["displayName"] = target.Address,
            ["_type"] = "host",
        }, ["_class", "ipAddress", "publicIpAddress", "displayName"]),
        RuleTargetKind.PublicNetwork => (new PropertyBag
        {
            ["_class"] = "Network",
            ["CIDR"] = target.Prefix,
            ["_type"] = "network",
        }, ["_class", "CIDR"]),
        _ => (new PropertyBag
        {
            ["_class"] = "Service",
            ["_type"] = target.ServiceType,
            ["displayName"] = target.Prefix,
        }, ["_class", "_type", "displayName"]),
    };

    private static PropertyBag Properties(SecurityRule rule, SecurityRuleProperties p, PortRange range)
    {
        var inbound = SecurityRuleMapping.IsInbound(p);
        var protocol = p.Protocol?.ToLowerInvariant();
        return new PropertyBag
        {
            ["id"] = rule.Id,
            ["name"] = rule.Name,
            ["etag"] = rule.Etag,
            ["type"] = rule.Type,
            ["description"] = p.Description,
            ["sourcePortRange"] = p.SourcePortRange,
            ["sourcePortRanges"] = Json(p.SourcePortRanges),
            ["destinationPortRange"] = p.DestinationPortRange,
            ["destinationPortRanges"] = Json(p.DestinationPortRanges),
            ["sourceAddressPrefix"] = p.SourceAddressPrefix,
            ["sourceAddressPrefixes"] = Json(p.SourceAddressPrefixes),
            ["destinationAddressPrefix"] = p.DestinationAddressPrefix,
            ["destinationAddressPrefixes"] = Json(p.DestinationAddressPrefixes),
            ["access"] = p.Access,
            ["direction"] = p.Direction,
            ["provisioningState"] = p.ProvisioningState,
            ["ingress"] = inbound,
            ["inbound"] = inbound,
            ["egress"] = !inbound,
            ["outbound"] = !inbound,
            ["portRange"] = range.Text,
            ["fromPort"] = range.FromPort,
            ["toPort"] = range.ToPort,
            ["protocol"] = protocol,
            ["ipProtocol"] = protocol,
            ["priority"] = p.Priority,
            ["ruleNumber"] = p.Priority,
        };
    }

    /// <summary>The reference stringifies array fields (<c>convertProperties</c> with <c>stringifyArray</c>).</summary>
    private static string? Json(IReadOnlyList<string>? values) =>
        values is null ? null : JsonSerializer.Serialize(values, AzureNetworkJsonContext.Default.IReadOnlyListString);
}
