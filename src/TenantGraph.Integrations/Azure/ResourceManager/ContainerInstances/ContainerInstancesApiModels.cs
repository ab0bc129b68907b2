using System.Text.Json.Serialization;

namespace TenantGraph.Integrations.Azure.ResourceManager.ContainerInstances;

/// <summary><c>Microsoft.ContainerInstance/containerGroups</c> (api 2023-05-01), containers and volumes inline.</summary>
internal sealed record ContainerGroup(string Id, string Name, string? Type, string? Location, ContainerGroupProperties? Properties,
    IReadOnlyDictionary<string, string?>? Tags);

internal sealed record ContainerGroupProperties(string? ProvisioningState, string? Sku, string? OsType, string? RestartPolicy,
    IpAddress? IpAddress, IReadOnlyList<Container>? Containers, IReadOnlyList<Volume>? Volumes,
    IReadOnlyList<ContainerGroupSubnetId>? SubnetIds);

internal sealed record IpAddress(string? Ip, string? Type, string? Fqdn, string? DnsNameLabel, IReadOnlyList<ContainerPort>? Ports);

internal sealed record ContainerPort(int? Port, string? Protocol);

internal sealed record ContainerGroupSubnetId(string? Id);

internal sealed record Container(string Name, ContainerProperties? Properties);

internal sealed record ContainerProperties(string? Image, IReadOnlyList<ContainerPort>? Ports, ContainerResources? Resources,
    IReadOnlyList<VolumeMount>? VolumeMounts, IReadOnlyList<EnvironmentVariable>? EnvironmentVariables);

internal sealed record ContainerResources(ResourceRequests? Requests);

internal sealed record ResourceRequests(double? Cpu, double? MemoryInGB);

internal sealed record VolumeMount(string Name, string? MountPath, bool? ReadOnly);

/// <summary>Only the name: a secure variable's value is never read.</summary>
internal sealed record EnvironmentVariable(string? Name);

internal sealed record Volume(string Name, AzureFileVolume? AzureFile, JsonElementPresence? EmptyDir, JsonElementPresence? Secret,
    GitRepoVolume? GitRepo);

/// <summary>An Azure Files share mounted as a volume; its storage account key is never read.</summary>
internal sealed record AzureFileVolume(string? ShareName, string? StorageAccountName, bool? ReadOnly);

internal sealed record GitRepoVolume(string? Repository, string? Directory, string? Revision);

/// <summary>Marks that a volume-kind object (<c>emptyDir</c>, <c>secret</c>) is present, without reading its contents.</summary>
internal sealed record JsonElementPresence;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ContainerGroup))]
internal sealed partial class AzureContainerInstancesJsonContext : JsonSerializerContext;
