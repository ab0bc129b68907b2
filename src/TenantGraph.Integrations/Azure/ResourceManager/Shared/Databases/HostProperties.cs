using System.Text.RegularExpressions;
using TenantGraph.Core.Graph;

namespace TenantGraph.Integrations.Azure.ResourceManager.Shared.Databases;

/// <summary>
/// What the <c>Host</c> class asks of database servers (<c>Database</c>, <c>DataStore</c>, <c>Host</c> in the seed):
/// its required device fields, which a managed server does not have, are present as null; <c>hostname</c> is the
/// server's host label and <c>fqdn</c> its fully qualified name.
/// </summary>
/// <remarks>
/// The reference put the fully qualified name in <c>hostname</c> and a string in <c>fqdn</c>; the data model
/// wants a single DNS label in <c>hostname</c> and an array in <c>fqdn</c>, so the values are split that way.
/// </remarks>
internal static partial class HostProperties
{
    private static readonly string[] Required =
    [
        "category", "ipv4Addresses", "ipv6Addresses", "macAddresses", "publicIpAddresses", "privateIpAddresses",
        "serial", "deviceId", "lastSeenOn", "make", "model", "osName", "osType", "osDetails", "osVersion",
    ];

    public static void Apply(Entity entity, string? fullyQualifiedDomainName, string name)
    {
        foreach (var property in Required)
        {
            if (!entity.Properties.Contains(property))
            {
                entity.Properties.Set(property, null);
            }
        }

        var label = fullyQualifiedDomainName?.Split('.')[0] ?? name;
        entity.Properties.Set("hostname", Label().IsMatch(label) ? label : null);
        entity.Properties.Set("fqdn", fullyQualifiedDomainName is { Length: > 0 } fqdn ? new[] { fqdn } : null);
    }

    [GeneratedRegex("^[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9]$")]
    private static partial Regex Label();
}
