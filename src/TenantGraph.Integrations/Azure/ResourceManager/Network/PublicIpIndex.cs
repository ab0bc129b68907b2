using TenantGraph.Core.Steps;

namespace TenantGraph.Integrations.Azure.ResourceManager.Network;

/// <summary>Public IP id → address, left by <c>rm-network-ip-addresses</c> for the interface step; ids compared case-insensitively.</summary>
internal sealed class PublicIpIndex
{
    public static readonly DataKey<PublicIpIndex> Key = new("azure.network.public-ips");

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _addresses = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string id, string address) => _addresses[id] = address;

    public string? AddressOf(string? id) => id is null ? null : _addresses.GetValueOrDefault(id);
}
